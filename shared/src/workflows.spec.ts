import { RESOURCES } from './permissions';
import { parameterSetWorkflow, reachableStates } from './workflow';
import { workflowRegistry, WORKFLOWS } from './workflows';

describe('the workflow registry assembled from the areas', () => {
  it('holds the six workflows by resource, each a declared resource', () => {
    expect(Object.keys(WORKFLOWS).sort()).toEqual([
      'cost-warnings',
      'policy-parameters',
      'rectification-items',
      'responsibility-tables',
      'subsidy-standards',
      'user-changes',
    ]);
    for (const [resource, def] of Object.entries(WORKFLOWS)) {
      expect(def.resource).toBe(resource);
      expect(RESOURCES).toContain(resource);
      // every state a definition names is reachable and labelled
      expect([...reachableStates(def)].sort()).toEqual(Object.keys(def.states).sort());
    }
  });

  it('refuses two definitions for one resource', () => {
    expect(() => workflowRegistry([parameterSetWorkflow('x')], [parameterSetWorkflow('x')])).toThrow(/two definitions for 'x'/);
  });
});
