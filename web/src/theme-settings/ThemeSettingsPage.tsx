import { Button, Grid, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useAuth } from '../auth/AuthProvider.js';
import { notify } from '../ui/notify.js';
import { PageHeader } from '../ui/PageHeader.js';
import { QueryState } from '../ui/QueryState.js';
import { useMyTheme, useResetMyTheme, useSaveMyTheme, useSaveTenantTheme, useTenantTheme } from './queries.js';
import { ThemeControls } from './ThemeControls.js';
import { ThemePreview } from './ThemePreview.js';
import { choicesOf, sameChoices, useThemeSettings } from './ThemeSettingsProvider.js';
import { usePageTitle } from '../layout/usePageTitle.js';

type Scope = 'own' | 'tenant';

const SOURCE_TEXT = {
  own: {
    user: 'These are your own settings.',
    tenant: "You follow your tenant's default until you save settings of your own.",
    default: 'You have the built-in look until you save settings of your own.',
  },
  tenant: {
    tenant: 'Users without settings of their own get these.',
    default: 'Your tenant has no default yet: users without settings of their own get the built-in look.',
    user: '',
  },
} as const;

/**
 * The theme settings page. Every change shows across the whole app at once (a preview) and is kept
 * only on Save; leaving the page without saving goes back to the saved settings. Admins also set
 * their tenant's default here.
 */
export function ThemeSettingsPage() {
  usePageTitle('Theme', 'Settings');
  const { can } = useAuth();
  const manages = can('settings:manage');
  const [scope, setScope] = useState<Scope>('own');
  const mine = useMyTheme();
  const tenant = useTenantTheme({ enabled: manages });
  const saveMine = useSaveMyTheme();
  const resetMine = useResetMyTheme();
  const saveTenant = useSaveTenantTheme();
  const { preview, setPreview } = useThemeSettings();

  const current = scope === 'own' ? mine : tenant;
  const base = useMemo(() => current.data && choicesOf(current.data), [current.data]);
  // The preview starts from what is stored, and starts over whenever that changes (loaded, saved, other scope).
  useEffect(() => {
    if (base) setPreview(base);
  }, [base, setPreview]);
  useEffect(() => () => setPreview(null), [setPreview]);

  const draft = preview ?? base;
  const dirty = Boolean(draft && base && !sameChoices(draft, base));
  const saving = saveMine.isPending || saveTenant.isPending || resetMine.isPending;

  const save = () => {
    if (!draft) return;
    if (scope === 'own') saveMine.mutate(draft, { onSuccess: () => notify.success('Your theme settings are saved') });
    else saveTenant.mutate(draft, { onSuccess: () => notify.success("Your tenant's default is saved") });
  };

  return (
    <>
      <PageHeader title="Theme settings" description="Colors, font, corners and layout of the app. Saved settings follow you to every browser you sign in from." />
      {manages && (
        <SegmentedControl
          mb="lg"
          value={scope}
          onChange={(next) => setScope(next as Scope)}
          data={[
            { value: 'own', label: 'Your settings' },
            { value: 'tenant', label: 'Tenant default' },
          ]}
          aria-label="Whose settings"
        />
      )}
      <QueryState query={current} noun="theme settings">
        {(stored) =>
          draft ? (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Paper withBorder p="md" component="section" aria-label={scope === 'own' ? 'Your settings' : 'Tenant default'}>
                  <Stack gap="lg">
                    <Text size="sm" c="dimmed">
                      {SOURCE_TEXT[scope][stored.source]}
                    </Text>
                    <ThemeControls value={draft} onChange={setPreview} />
                    <Group gap="sm">
                      <Button onClick={save} disabled={!dirty} loading={saveMine.isPending || saveTenant.isPending}>
                        {scope === 'own' ? 'Save' : 'Save tenant default'}
                      </Button>
                      {dirty && (
                        <Button variant="default" onClick={() => base && setPreview(base)} disabled={saving}>
                          Discard changes
                        </Button>
                      )}
                      {scope === 'own' && stored.source === 'user' && (
                        <Button variant="subtle" onClick={() => resetMine.mutate()} loading={resetMine.isPending} disabled={saving}>
                          Use the tenant default
                        </Button>
                      )}
                    </Group>
                  </Stack>
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <ThemePreview />
              </Grid.Col>
            </Grid>
          ) : null
        }
      </QueryState>
    </>
  );
}
