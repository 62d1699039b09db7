import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { TENANT_ROLES, type TenantRole } from '../../../common/permissions.js';
import { errorMessage, fieldError } from '../api/errors.js';
import { useAuth } from '../auth/AuthProvider.js';
import { useTenants } from '../tenants/queries.js';
import { notify } from '../ui/notify.js';
import { REVEAL_TOGGLE_PROPS } from '../ui/passwordReveal.js';
import { useCreateUser } from './queries.js';

const EMPTY = { email: '', name: '', password: '', role: 'viewer' as TenantRole, tenantId: null as string | null };

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { can } = useAuth();
  const createUser = useCreateUser();
  // Only a superadmin can see other tenants, so only they get to choose one.
  const pickTenant = can('tenants:read');
  const tenants = useTenants({ enabled: opened && pickTenant });
  const [form, setForm] = useState(EMPTY);

  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const close = () => {
    setForm(EMPTY);
    createUser.reset();
    onClose();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    createUser.mutate(
      {
        email: form.email.trim(),
        name: form.name.trim(),
        password: form.password,
        role: form.role,
        ...(form.tenantId ? { tenant_id: form.tenantId } : {}),
      },
      {
        onSuccess: (user) => {
          notify.success(`Created ${user.email}`);
          close();
        },
      },
    );
  };

  const errorFor = (field: string) => fieldError(createUser.error, field);

  return (
    <Modal opened={opened} onClose={close} title="New user" centered>
      <form onSubmit={handleSubmit}>
        <Stack>
          {createUser.isError && (
            <Alert color="red" variant="light">
              {errorMessage(createUser.error)}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            value={form.email}
            onChange={(event) => set('email', event.currentTarget.value)}
            error={errorFor('email')}
          />
          <TextInput
            label="Name"
            required
            value={form.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errorFor('name')}
          />
          <PasswordInput
            label="Password"
            required
            autoComplete="new-password"
            visibilityToggleButtonProps={REVEAL_TOGGLE_PROPS}
            value={form.password}
            onChange={(event) => set('password', event.currentTarget.value)}
            error={errorFor('password')}
          />
          <Select
            label="Role"
            data={[...TENANT_ROLES]}
            allowDeselect={false}
            value={form.role}
            onChange={(value) => value && set('role', value as TenantRole)}
            error={errorFor('role')}
          />
          {pickTenant && (
            <Select
              label="Tenant"
              placeholder="Your own tenant"
              clearable
              searchable
              data={(tenants.data?.items ?? []).map((tenant) => ({ value: tenant.id, label: tenant.name }))}
              value={form.tenantId}
              onChange={(value) => set('tenantId', value)}
              error={errorFor('tenant_id')}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={createUser.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={createUser.isPending}>
              Create user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
