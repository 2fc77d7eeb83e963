import { ROLES } from '../roles';
import { availableActions } from '../workflow';
import { INSPECTION_CONCEALED_STATES, INSPECTION_WORKFLOW } from './workflows';

/**
 * The API hides a concealed inspection (暗访, 飞行检查) from the inspected unit by its read query; the inbox and the
 * notifications use the region scope alone. That is safe only while nobody inside the inspected region has an action
 * on it before the feedback — pinned here, so a new action for the unit in those states fails this test first.
 */
describe('INSPECTION_WORKFLOW and the concealed states', () => {
  const record = { regionCode: '450202', inspectingRegionCode: '450000' };

  it('the concealed states are exactly those before the feedback', () => {
    expect([...INSPECTION_CONCEALED_STATES].sort()).toEqual(['in_progress', 'planned', 'reported']);
    expect(INSPECTION_WORKFLOW.actions.send_feedback.from).toEqual(['reported']);
  });

  it.each(INSPECTION_CONCEALED_STATES)('in %s nobody at the inspected region has an action', (state) => {
    for (const role of ROLES) expect(availableActions(INSPECTION_WORKFLOW, state, { role, regionCode: '450202' }, record)).toEqual([]);
  });

  it('the inspecting unit acts; the city between it and the county does not', () => {
    expect(availableActions(INSPECTION_WORKFLOW, 'planned', { role: 'province_supervisor', regionCode: '450000' }, record)).toEqual(['start']);
    expect(availableActions(INSPECTION_WORKFLOW, 'planned', { role: 'city_officer', regionCode: '450200' }, record)).toEqual([]);
    expect(availableActions(INSPECTION_WORKFLOW, 'feedback_sent', { role: 'county_officer', regionCode: '450202' }, record)).toEqual(['respond']);
  });
});
