package org.ofbiz.core.entity;

/** Stub mirroring {@code org.ofbiz.core.entity.GenericEntityException} (entity engine shipped with Jira 10). */
public class GenericEntityException extends Exception {

    public GenericEntityException() {
    }

    public GenericEntityException(String message) {
        super(message);
    }

    public GenericEntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
