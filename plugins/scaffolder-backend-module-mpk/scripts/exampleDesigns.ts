// Renders the example designs of examples/designs/ again from their design.yaml, with the real
// renderer (exampleDesigns.test.ts fails while the committed files differ). From the repository root:
//   node --require @backstage/cli/config/nodeTransform.cjs plugins/scaffolder-backend-module-mpk/scripts/exampleDesigns.ts
import { join, resolve } from 'node:path';
import {
  exampleDesignNames,
  readStackFile,
  writeExampleDesignFolder,
} from '../src/render/exampleDesigns';

const examples = resolve(__dirname, '../../../examples');

async function main() {
  const stack = await readStackFile(join(examples, 'stack.yaml'));
  const designs = join(examples, 'designs');
  for (const name of await exampleDesignNames(designs)) {
    const paths = await writeExampleDesignFolder(join(designs, name), stack);
    console.log(`examples/designs/${name}: ${paths.join(', ')}`);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
