import type { CaseStudySummary } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { useDeleteCaseStudy } from './useDeleteCaseStudy';

/**
 * "Supprimer" on a case study of the list, once she confirms in a dialog (keyboard first:
 * the confirm button has the focus, Escape cancels). A duplicate draft simply goes. The
 * server deletes a published case too, so the dialog warns that it leaves her public page
 * at once with its comments, and offers taking it off the page instead.
 */
/** What it needs of the case: a row of the list, or the case itself on its own page. */
type Deletable = Pick<CaseStudySummary, 'id' | 'title' | 'status' | 'language' | 'updatedAt'>;

export function DeleteCaseStudy({ caseStudy: c, onDeleted }: { caseStudy: Deletable; onDeleted: (title: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useDeleteCaseStudy();
  const published = c.status === 'published';
  // Which of two drafts of the same title this is: as its row says it.
  const which = <p className="muted">{t('caseStudies.list.meta', { language: t(`caseStudies.list.languages.${c.language}`), date: format.shortDateTime(c.updatedAt) })}</p>;
  return (
    <>
      <ConfirmButton
        className="button button--danger-ghost button--small case-list__delete"
        danger
        disabled={remove.isPending}
        question={t(published ? 'caseStudies.remove.questionPublished' : 'caseStudies.remove.question', { title: c.title })}
        detail={
          published ? (
            <>
              {which}
              <p className="callout callout--warning">{t('caseStudies.remove.published')}</p>
              <p>{t('caseStudies.remove.unpublishInstead', { action: t('caseStudies.publish.unpublish') })}</p>
            </>
          ) : (
            <>
              {which}
              <p>{t('caseStudies.remove.draft')}</p>
            </>
          )
        }
        confirmLabel={t(published ? 'caseStudies.remove.confirmPublished' : 'caseStudies.remove.confirm')}
        onConfirm={() => remove.mutate(c.id, { onSuccess: () => onDeleted(c.title) })}
      >
        {t('caseStudies.remove.button')}
        {/* Duplicates share a title: the date they were last changed tells them apart. */}
        <span className="visually-hidden"> {t('caseStudies.remove.which', { title: c.title, date: format.shortDateTime(c.updatedAt) })}</span>
      </ConfirmButton>
      <FormError error={remove.error} />
    </>
  );
}
