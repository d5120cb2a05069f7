import { InputError } from '@backstage/errors';
import {
  DetailedDesign,
  findDesignProblems,
} from '@mpk-portal/plugin-mpk-common';
import { DesignContext, DesignContextSource } from '../../design/designContext';
import { DesignActionInput, designFromInput } from './designInput';

/**
 * The design an action's input describes, with the context it was checked against; a design
 * that breaks a rule is refused with every problem listed.
 */
export async function checkedDesign(
  input: DesignActionInput,
  designContext: Pick<DesignContextSource, 'load'>,
): Promise<{ design: DetailedDesign; context: DesignContext }> {
  const design = designFromInput(input);
  const context = await designContext.load(design.platform, design.name);
  const problems = findDesignProblems(design, context);
  if (problems.length > 0) {
    throw new InputError(
      `The design breaks ${problems.length} rule(s):\n- ${problems.join(
        '\n- ',
      )}`,
    );
  }
  return { design, context };
}
