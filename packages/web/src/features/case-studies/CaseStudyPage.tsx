import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { API } from '@alliance/api';
import { ANONYMISE_MODES, type AnonymiseMode } from '@alliance/domain';
import { FormError } from '../../ui/errors';
import { SelectField } from '../../ui/fields';
import { ErrorState, Loading, PageHeader } from '../../ui/page';
import { useCaseStudy, useUpdateCaseStudy } from './api';
import { ConsentForm } from './ConsentForm';
import { PublicationCard, PublicLink } from './PublicationCard';
import { ReviewedFields } from './ReviewedFields';
import { ReviewPanel } from './ReviewPanel';

// The preview brings the Markdown parser the public page uses: it comes with this screen, not with the whole app.
const CaseStudyPreview = lazy(() => import('./CaseStudyPreview').then((m) => ({ default: m.CaseStudyPreview })));

const AUTOSAVE_MS = 1200;

/** One case study: the coach's text, the review of its anonymisation, consent and publication. */
export function CaseStudyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCaseStudy(id);
  const update = useUpdateCaseStudy(id);
  const [title, setTitle] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [mode, setMode] = useState<AnonymiseMode>('roles');
  const [saved, setSaved] = useState(false);
  const loadedId = query.data?.id;
  useEffect(() => {
    if (!query.data) return;
    setTitle(query.data.title);
    setMarkdown(query.data.markdown);
    setMode(query.data.mode);
    // Only when another case study is opened: the coach's typing is never overwritten.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedId]);
  // A pause in the typing saves the text, so the review and the preview follow it live.
  const server = query.data;
  useEffect(() => {
    if (!server || !title.trim() || (title === server.title && markdown === server.markdown && mode === server.mode)) return;
    const timer = setTimeout(() => update.mutate({ title, markdown, mode }, { onSuccess: () => setSaved(true) }), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [title, markdown, mode]);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} />;
  const c = query.data;
  const saveText = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate({ title, markdown, mode }, { onSuccess: () => setSaved(true) });
  };

  return (
    <>
      <PageHeader eyebrow={<Link to="/case-studies" className="back-link">{t('caseStudies.editor.back')}</Link>} title={c.review.title || c.title}>
        <p className="engagement-meta">
          <span className={`tag ${c.status === 'published' ? 'tag--ok' : ''}`}>{t(`caseStudies.${c.status}`)}</span>
          {c.status === 'published' && c.unpublishedChanges ? <span className="tag tag--warn">{t('caseStudies.publish.unpublished.tag')}</span> : null}
          {c.publicUrl ? <PublicLink url={c.publicUrl}>{t('caseStudies.publicPage')}</PublicLink> : null}
        </p>
      </PageHeader>
      <div className="split-layout">
        <div className="stack">
          <section className="card">
            <form className="form" onSubmit={saveText} noValidate aria-label={t('caseStudies.editor.save')}>
              <ReviewedFields caseStudy={c} title={title} markdown={markdown} onTitle={setTitle} onMarkdown={setMarkdown} />
              <SelectField id="case-mode" label={t('caseStudies.editor.mode')} value={mode} onChange={(e) => setMode(e.target.value as AnonymiseMode)} options={ANONYMISE_MODES.map((m) => ({ value: m, label: t(`caseStudies.editor.modes.${m}`) }))} />
              <FormError error={update.error} />
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={update.isPending}>
                  {update.isPending ? t('common.saving') : t('caseStudies.editor.save')}
                </button>
                <a className="button" href={API.caseStudySupervision(c.id)} download>
                  {t('caseStudies.editor.supervision')}
                </a>
                <a className="button" href={API.caseStudySupervisionPdf(c.id)} download>
                  {t('caseStudies.editor.supervisionPdf')}
                </a>
              </div>
              <p className="status-line" role="status">
                {saved ? t('caseStudies.editor.saved') : null}
              </p>
            </form>
          </section>
          <section className="card preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{t('caseStudies.review.preview')}</h2>
            <Suspense fallback={<Loading />}>
              <CaseStudyPreview title={c.review.title} text={c.review.text} language={c.language} pictures={c.review.pictures} />
            </Suspense>
          </section>
        </div>
        <div className="stack">
          <ReviewPanel caseStudy={c} />
          <ConsentForm caseStudy={c} />
          <PublicationCard caseStudy={c} />
        </div>
      </div>
    </>
  );
}
