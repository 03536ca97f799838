import { ErrorAlert, Pagination, ScrollTable } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StaffUser, useRevokeStaffSessions, useStaffUsers } from '../api/use-staff-users';

type Role = StaffUser['roles'][number];

/** Administration → users: the municipality's staff; admins can end a person's sessions at once. */
export function StaffUsersAdmin({ canRevoke }: { canRevoke: boolean }) {
  const { t } = useTranslation('staff');
  const [page, setPage] = useState(1);
  const users = useStaffUsers(page);
  const revoke = useRevokeStaffSessions();
  const [done, setDone] = useState<{ name: string; revoked: number }>();

  const onRevoke = (user: StaffUser) => {
    if (!window.confirm(t('staffUsers.confirmRevoke', { name: user.name }))) return;
    revoke.mutate(user.id, { onSuccess: ({ revoked }) => setDone({ name: user.name, revoked }) });
  };

  return (
    <>
      {done && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('staffUsers.revoked', { name: done.name, count: done.revoked })}</p>
          </div>
        </div>
      )}
      {revoke.isError && <ErrorAlert />}
      {users.isError && <ErrorAlert onRetry={() => void users.refetch()} />}
      {users.isPending && <p>{t('loading', { ns: 'common' })}</p>}
      {users.data && (
        <>
          <ScrollTable label={t('staffUsers.title')}>
            <table className="table table--zebra">
              <caption>{t('staffUsers.caption', { total: users.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffUsers.name')}</th>
                  <th scope="col">{t('staffUsers.email')}</th>
                  <th scope="col">{t('staffUsers.roles')}</th>
                  {canRevoke && <th scope="col">{t('staffUsers.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <tr key={user.id}>
                    <td>{user.name}</td>
                    <td>{user.email}</td>
                    <td>{user.roles.map((role) => t(`signIn.roles.${role as Role}`)).join(', ')}</td>
                    {canRevoke && (
                      <td>
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={revoke.isPending}
                          onClick={() => onRevoke(user)}
                          aria-label={t('staffUsers.revokeFor', { name: user.name })}
                        >
                          {t('staffUsers.revoke')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pagination
            page={users.data.page}
            totalPages={users.data.totalPages}
            total={users.data.total}
            onPage={setPage}
          />
        </>
      )}
    </>
  );
}
