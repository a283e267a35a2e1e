import { z } from 'zod';

/**
 * The name of this laptop as colleagues see it: in bundles, in their sync logs, on the stick's readme. Chosen by
 * the user, never taken from the OS account (which would put a login name on every stick).
 */
export const MAX_DEVICE_NAME_LENGTH = 80;
export const deviceNameSchema = z
  .string()
  .transform((name) => name.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(2)
      .max(MAX_DEVICE_NAME_LENGTH)
      // No control characters, no bidi overrides or zero-width marks that would make two names look alike.
      .refine((name) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name), 'no control characters'),
  );
