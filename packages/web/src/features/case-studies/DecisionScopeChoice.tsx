import { useTranslation } from 'react-i18next';
import type { DecisionScope } from './useDecisionDrafts';

interface Props {
  /** The choices open here, in the order offered. */
  scopes: readonly DecisionScope[];
  scope: DecisionScope;
  /** Each choice in words: « Tous ses noms (17 passages) », « « Florence », partout (3 passages) », « Ce passage seulement ». */
  label: (s: DecisionScope) => string;
  onChange: (s: DecisionScope) => void;
}

/**
 * What her decision from the box is for, chosen before the actions it changes: the
 * person under all her names, the name under the caret, or this passage only. Radio
 * buttons, so the arrow keys go from one to the next; none when there is one choice.
 */
export function DecisionScopeChoice({ scopes, scope, label, onChange }: Props) {
  const { t } = useTranslation();
  if (scopes.length < 2) return null;
  return (
    <fieldset className="span-at-caret__scope">
      <legend>{t('caseStudies.inText.scope')}</legend>
      {scopes.map((s) => (
        <label key={s} className="span-at-caret__choice">
          <input type="radio" name="span-at-caret-scope" value={s} checked={scope === s} onChange={() => onChange(s)} />
          {label(s)}
        </label>
      ))}
    </fieldset>
  );
}
