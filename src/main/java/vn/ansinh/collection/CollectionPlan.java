package vn.ansinh.collection;

import java.time.OffsetDateTime;

/** What an area is to collect in a year, in VND, and who set it when. */
public record CollectionPlan(String areaCode, int year, long plannedAmount, String setBy, OffsetDateTime setAt) {
}
