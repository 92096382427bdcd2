/**
 * Imported first by the entry point, before any zod schema exists: zod otherwise probes
 * `new Function` to compile fast parsers, which the pane's Content-Security-Policy (no
 * 'unsafe-eval') blocks and reports as a violation even though zod catches the error.
 */
import { z } from 'zod';

z.config({ jitless: true });
