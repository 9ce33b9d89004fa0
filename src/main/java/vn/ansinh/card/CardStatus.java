package vn.ansinh.card;

public enum CardStatus {
    ACTIVE, REVOKED
}
