package org.lexdraft.access;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only signed-in members may call the annotated resource or method: anyone else gets 401 before the
 * body is read. Checked by {@link SignInCheck} where the endpoint runs, on its worker thread, where
 * Quarkus's {@code @Authenticated} would check it on the I/O thread and hop to a worker and back to
 * look the credential up before the endpoint's own hop to a worker (see docs/PERFORMANCE.md).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MembersOnly {
}
