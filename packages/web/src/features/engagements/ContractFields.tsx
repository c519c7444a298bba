import { CADENCES, SPONSOR_VISIBILITY, type ContractParty } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { DateTextField } from '../../ui/DateTextField';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { ListEditor } from '../../ui/ListEditor';
import { partiesFor, type BoundaryLists, type ContractDraft } from './form-model';

/**
 * The contract as the coach writes it: rhythm, each party's responsibilities
 * and what is explicitly out of scope (seed 000 turns on a blurred boundary),
 * confidentiality and its limits, what a sponsor may see, the date agreed.
 */
export function ContractFields({
  idPrefix,
  draft,
  onChange,
  hasSponsor,
  fieldError,
}: {
  idPrefix: string;
  draft: ContractDraft;
  onChange: (draft: ContractDraft) => void;
  hasSponsor: boolean;
  /** Error for a path under the contract, e.g. "cadence". */
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) => onChange({ ...draft, [key]: value });
  const setLists = (party: ContractParty, lists: Partial<BoundaryLists>) =>
    onChange({ ...draft, boundaries: { ...draft.boundaries, [party]: { ...draft.boundaries[party], ...lists } } });

  return (
    <div className="contract-fields">
      <div className="form-grid">
        <SelectField
          id={`${idPrefix}-cadence`}
          label={t('contract.cadence')}
          value={draft.cadence}
          onChange={(e) => set('cadence', e.target.value as ContractDraft['cadence'])}
          options={[{ value: '', label: t('contract.cadenceUnset') }, ...CADENCES.map((c) => ({ value: c, label: t(`cadence.${c}`) }))]}
          error={fieldError('cadence')}
        />
        <TextField
          id={`${idPrefix}-duration`}
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          label={t('contract.sessionDuration')}
          value={draft.sessionDurationMinutes}
          onChange={(e) => set('sessionDurationMinutes', e.target.value)}
          error={fieldError('sessionDurationMinutes')}
        />
      </div>

      <div className="boundaries">
        <h3 className="subhead">{t('contract.boundaries')}</h3>
        <p className="field-hint">{t('contract.boundariesHint')}</p>
        <div className={hasSponsor ? 'boundaries__grid boundaries__grid--three' : 'boundaries__grid'}>
          {partiesFor(hasSponsor).map((party) => (
            <section key={party} className="boundary" aria-labelledby={`${idPrefix}-party-${party}`}>
              <h4 id={`${idPrefix}-party-${party}`} className="boundary__party">
                {t(`party.${party}`)}
              </h4>
              <ListEditor
                id={`${idPrefix}-${party}-responsibilities`}
                label={t('contract.responsibilitiesOf', { party: t(`party.${party}`) })}
                itemLabel={(n) => t('contract.responsibilityN', { n, party: t(`party.${party}`) })}
                items={draft.boundaries[party].responsibilities}
                onChange={(items) => setLists(party, { responsibilities: items })}
              />
              <ListEditor
                id={`${idPrefix}-${party}-outOfScope`}
                label={t('contract.outOfScopeOf', { party: t(`party.${party}`) })}
                itemLabel={(n) => t('contract.outOfScopeN', { n, party: t(`party.${party}`) })}
                items={draft.boundaries[party].outOfScope}
                onChange={(items) => setLists(party, { outOfScope: items })}
              />
            </section>
          ))}
        </div>
      </div>

      <TextAreaField
        id={`${idPrefix}-confidentiality`}
        label={t('contract.confidentialityClause')}
        hint={t('contract.confidentialityHint')}
        rows={3}
        value={draft.confidentialityClause}
        onChange={(e) => set('confidentialityClause', e.target.value)}
        error={fieldError('confidentialityClause')}
      />
      <TextAreaField
        id={`${idPrefix}-limits`}
        label={t('contract.limitsOfConfidentiality')}
        hint={t('contract.limitsHint')}
        rows={3}
        value={draft.limitsOfConfidentiality}
        onChange={(e) => set('limitsOfConfidentiality', e.target.value)}
        error={fieldError('limitsOfConfidentiality')}
      />
      <div className="form-grid">
        {hasSponsor ? (
          <SelectField
            id={`${idPrefix}-sponsorVisibility`}
            label={t('contract.sponsorVisibility')}
            hint={t('contract.sponsorVisibilityHint')}
            value={draft.sponsorVisibility}
            onChange={(e) => set('sponsorVisibility', e.target.value as ContractDraft['sponsorVisibility'])}
            options={SPONSOR_VISIBILITY.map((v) => ({ value: v, label: t(`sponsorVisibility.${v}`) }))}
            error={fieldError('sponsorVisibility')}
          />
        ) : null}
        {/* A date that is not one is kept as typed, for the server to refuse beside the field rather than save the contract as not agreed. */}
        <DateTextField
          id={`${idPrefix}-agreedOn`}
          label={t('contract.agreedOn')}
          hint={t('contract.agreedOnHint')}
          value={draft.agreedOn}
          onChange={(iso, typed) => set('agreedOn', iso ?? typed)}
          error={fieldError('agreedOn')}
        />
      </div>
    </div>
  );
}
