// zod/mini has no messages of its own: this gives it the English ones the classic build uses,
// so that what a learner or an instructor is told about bad data reads the same. Import it for
// its effect beside `import * as z from 'zod/mini'`. The locale by its own path:
// `zod/locales` would bring every language along.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
