package vn.ansinh.registry;

/** How a member relates to the head of the household; a household has at most one {@link #HEAD}. */
public enum HouseholdRelation {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, OTHER
}
