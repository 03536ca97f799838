import { disablePush, enablePush, pushState, type PushState } from '@jobunivers/web/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Push on this device: the browser's own permission prompt, then a subscription the API keeps. */
export function PushSwitch() {
  const { t } = useTranslation('citizen');
  const queryClient = useQueryClient();
  const [state, setState] = useState<PushState | 'checking'>('checking');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void pushState().then(setState, () => setState('unsupported'));
  }, []);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      setProblem(
        reason === 'denied'
          ? t('settings.push.denied')
          : reason === 'dismissed'
            ? t('settings.push.dismissed')
            : t('settings.push.failed'),
      );
    }
    setState(await pushState().catch(() => 'unsupported' as const));
    void queryClient.invalidateQueries({ queryKey: ['notifications', 'settings'] });
    setBusy(false);
  };
  return (
    <div className="push-switch">
      <p role="status" data-testid="push-state">
        {state === 'checking' ? t('loading', { ns: 'common' }) : t(`settings.push.state.${state}`)}
      </p>
      {state === 'off' && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(enablePush)}>
          {t('settings.push.enable')}
        </button>
      )}
      {state === 'on' && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(disablePush)}>
          {t('settings.push.disable')}
        </button>
      )}
      {problem && (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-text">{problem}</p>
          </div>
        </div>
      )}
    </div>
  );
}
