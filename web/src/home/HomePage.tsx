import { Anchor, Badge, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { serverPath } from '../api/mountBase.js';
import { useAuth } from '../auth/AuthProvider.js';
import { DashboardShortcuts } from './DashboardShortcuts.js';
import { highestRole } from '../auth/session.js';
import { useNavItems } from '../layout/useNavItems.js';
import { usePageTitle } from '../layout/usePageTitle.js';

const API_DOCS = [
  { label: 'Swagger UI', href: serverPath('/schema/swagger'), description: 'Try the API from the browser.' },
  { label: 'ReDoc', href: serverPath('/schema/redoc'), description: 'Read the API reference.' },
];

export function HomePage() {
  usePageTitle('Home');
  const { user, can } = useAuth();
  const navItems = useNavItems();
  if (!user) return null;

  const role = highestRole(user.roles);
  const adminAreas = navItems.filter((item) => item.permission);

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1} size="h2">
          Home
        </Title>
        <Text c="dimmed">{user.name ? `Welcome back, ${user.name}.` : 'Welcome back.'}</Text>
      </div>

      {can('dashboards:read') && <DashboardShortcuts />}

      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          Your account
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" m={0}>
          <Field label="Name">{user.name || '—'}</Field>
          <Field label="Tenant">
            <Code>{user.tenant_id}</Code>
          </Field>
          <Field label="Role">
            {role ? (
              <Badge variant="light" color={role === 'superadmin' ? 'grape' : 'indigo'}>
                {role}
              </Badge>
            ) : (
              '—'
            )}
          </Field>
        </SimpleGrid>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="xs">
            API documentation
          </Title>
          <Stack gap="xs">
            {API_DOCS.map((doc) => (
              <div key={doc.href}>
                <Anchor href={doc.href} target="_blank" rel="noopener">
                  {doc.label}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {doc.description}
                </Text>
              </div>
            ))}
          </Stack>
        </Card>

        {adminAreas.length > 0 && (
          <Card withBorder padding="lg">
            <Title order={2} size="h4" mb="xs">
              Administration
            </Title>
            <Group gap="md">
              {adminAreas.map((item) => (
                <Anchor key={item.to} component={Link} to={item.to}>
                  {item.label}
                </Anchor>
              ))}
            </Group>
          </Card>
        )}
      </SimpleGrid>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}
