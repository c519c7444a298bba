import { API } from '@alliance/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../ui/errors';
import { ConfirmButton } from '../../ui/ConfirmButton';

/** The demo practice says so plainly, and goes away in one click (with its account). */
export function DemoBanner() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete(API.demo),
    onSuccess: () => {
      // Leave the signed-in pages first, then forget everything the previous coach saw.
      navigate('/signin', { replace: true });
      queryClient.clear();
    },
  });
  return (
    <section className="demo-banner" aria-labelledby="demo-banner-title">
      <div>
        <h2 id="demo-banner-title">{t('demo.title')}</h2>
        <p>{t('demo.body')}</p>
        <FormError error={remove.error} />
      </div>
      <ConfirmButton
        className="button button--danger"
        danger
        question={t('demo.confirmTitle')}
        detail={<p>{t('demo.confirmBody')}</p>}
        confirmLabel={t('demo.confirm')}
        onConfirm={() => remove.mutate()}
        disabled={remove.isPending}
      >
        {remove.isPending ? t('demo.removing') : t('demo.remove')}
      </ConfirmButton>
    </section>
  );
}
