package ua.cnap.planner.account;

/** Password hashing, supplied by the edge (Spring Security's BCrypt); keeps this package framework-free. */
public interface PasswordHashing {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
