package org.ofbiz.core.entity;

/**
 * Stub mirroring {@code org.ofbiz.core.entity.GenericEntityException} (entity engine shipped with Jira 10).
 * <p>
 * Checked against: the entity engine jar shipped with Jira 10.0 (as the jira-api javadoc's throws clauses name it).
 */
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
