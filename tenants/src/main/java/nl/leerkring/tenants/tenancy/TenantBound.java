package nl.leerkring.tenants.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary whose methods bind a tenant to the transaction: the {@link TenantId} argument
 * when there is one (an admin acting on a tenant by path), else the {@link Viewer}'s home tenant.
 * See {@link TenantBinding}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantBound {}
