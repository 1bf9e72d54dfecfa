package com.weeklyreview.atlassian;

import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import net.java.ao.Transaction;

/**
 * The host's {@link ActiveObjects} service over a real database for the tests: a Mockito mock of
 * the host interface (never an implementation of it; the real one has 24 abstract methods) whose
 * calls go to the {@link EntityManager} method of the same name and parameters, the way the Active
 * Objects plugin itself delegates. Methods the entity manager lacks fail loudly.
 */
public final class HostActiveObjects {

    private HostActiveObjects() {
    }

    /** Active Objects over an entity manager. */
    public static ActiveObjects over(EntityManager em) {
        return mock(ActiveObjects.class, invocation -> {
            Method called = invocation.getMethod();
            Object[] args = invocation.getRawArguments(); // varargs as one array, as Method.invoke wants them
            if (called.getName().equals("executeInTransaction")) {
                TransactionCallback<?> callback = (TransactionCallback<?>) args[0];
                return new Transaction<Object>(em) {
                    @Override
                    protected Object run() {
                        return callback.doInTransaction();
                    }
                }.execute();
            }
            Method target;
            try {
                target = EntityManager.class.getMethod(called.getName(), called.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new UnsupportedOperationException("not needed by the plugin: ActiveObjects." + called.getName());
            }
            try {
                return target.invoke(em, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql ? new IllegalStateException(sql) : e.getCause();
            }
        });
    }
}
