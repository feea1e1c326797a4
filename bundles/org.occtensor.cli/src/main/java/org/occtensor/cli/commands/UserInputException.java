package org.occtensor.cli.commands;

/** Bad input or options that the user can fix; the command exits with status 2. */
public class UserInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
