// Part of `npm run build`: the embedded database's template for a fast first start (see src/domain/db/embedded-template.ts).
import { buildEmbeddedTemplate } from '../src/domain/db/embedded-template';

const file = await buildEmbeddedTemplate();
console.log(`built ${file}`);
