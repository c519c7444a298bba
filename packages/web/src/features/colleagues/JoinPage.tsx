import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useErrorMessage } from '../../ui/errors';
import { Card, Loading, PageHeader } from '../../ui/page';
import { useAcceptInvitation } from './api';

/** /join/:token — the invited coach, signed in, joins the practice and lands on its dashboard. */
export function JoinPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const message = useErrorMessage();
  const asked = useRef(false);

  useEffect(() => {
    // Once only, even when React runs effects twice in development.
    if (asked.current) return;
    asked.current = true;
    accept.mutate(token, { onSuccess: () => navigate('/', { replace: true }) });
  }, [accept, token, navigate]);

  const error = accept.error;
  const reason = isApiError(error) ? (error.status === 409 ? t('colleagues.join.conflict') : error.status === 404 || error.status === 400 ? t('colleagues.join.invalid') : message(error)) : null;
  return (
    <>
      <PageHeader title={t('colleagues.join.title')} />
      <Card>
        {accept.isPending || accept.isIdle ? <Loading /> : null}
        {error ? (
          <div className="error-state" role="alert">
            <p>{reason ?? message(error)}</p>
          </div>
        ) : null}
        {error ? (
          <p>
            <Link to="/">{t('notFound.back')}</Link>
          </p>
        ) : null}
      </Card>
    </>
  );
}
