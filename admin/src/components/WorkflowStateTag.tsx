import { WORKFLOWS, type WorkflowDefinition } from '@yibao/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A resource's workflow definition (shared/) with its labels in the UI language: the definitions carry
 * their zh/en labels, as the role labels do, so the engine, the API's messages and the panel say the same.
 */
export function useWorkflow(resource: string) {
  const { i18n } = useTranslation();
  const def: WorkflowDefinition | undefined = WORKFLOWS[resource];
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  return {
    def,
    stateLabel: (state: string) => def?.states[state]?.label[lang] ?? state,
    stateColor: (state: string) => def?.states[state]?.color ?? 'default',
    actionLabel: (action: string) => def?.actions[action]?.label[lang] ?? action,
  };
}

/** Darker text for antd's status presets, whose own text colours fall under WCAG AA contrast on their tint. */
const READABLE_TEXT: Record<string, string> = { success: '#237804', processing: '#0958d9', warning: '#ad4e00', error: '#a8071a' };

/** A record's workflow state in the definition's label and colour. */
export function WorkflowStateTag({ resource, state }: { resource: string; state: string }) {
  const { stateLabel, stateColor } = useWorkflow(resource);
  const color = stateColor(state);
  return (
    <Tag color={color} style={READABLE_TEXT[color] ? { color: READABLE_TEXT[color] } : undefined} data-testid="workflow-state">
      {stateLabel(state)}
    </Tag>
  );
}

/**
 * Whether this user may change the record's content now: the state is one the definition marks
 * `editable`, and the user is its filer — a role that takes the definition's `own`-level actions, sitting
 * at the record's own region (the API's rule for PATCH).
 */
export function mayEditContent(
  def: WorkflowDefinition | undefined,
  state: string,
  me: { role: string; regionCode: string } | undefined,
  regionCode: string,
): boolean {
  if (!def || !me || !def.states[state]?.editable || me.regionCode !== regionCode) return false;
  return Object.values(def.actions).some((a) => a.level === 'own' && (a.roles as readonly string[]).includes(me.role));
}
