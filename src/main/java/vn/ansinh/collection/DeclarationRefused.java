package vn.ansinh.collection;

import java.util.List;

import vn.ansinh.shared.InvalidInput;

/** A declaration that breaks rules, with every reason (as an {@link InvalidInput}, the first one). */
class DeclarationRefused extends InvalidInput {

    private final List<RowIssue> issues;

    DeclarationRefused(List<RowIssue> issues) {
        super(issues.get(0).field(), issues.get(0).reason());
        this.issues = List.copyOf(issues);
    }

    List<RowIssue> issues() {
        return issues;
    }
}
