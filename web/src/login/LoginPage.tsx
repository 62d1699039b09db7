import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../api/errors.js';
import { useAuth } from '../auth/AuthProvider.js';
import { safeNextPath } from '../auth/session.js';
import { ColorSchemeToggle } from '../layout/ColorSchemeToggle.js';
import { resolveStartPath } from '../my-dashboards/startPath.js';
import { REVEAL_TOGGLE_PROPS } from '../ui/passwordReveal.js';
import { useCountdown } from './useCountdown.js';
import { usePageTitle } from '../layout/usePageTitle.js';

export function LoginPage() {
  usePageTitle('Log in');
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const explicitNext = searchParams.get('next');
  const next = safeNextPath(explicitNext);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitSeconds, startWait] = useCountdown();

  if (user && !submitting) return <Navigate to={next} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setSubmitting(true);
    try {
      const user = await login(email.trim(), password);
      // Resolved while the form still shows its spinner, so the list never flashes before the default
      // dashboard. `submitting` stays on: dropping it would let the redirect above race this one.
      navigate(explicitNext ? next : await resolveStartPath(queryClient, user), { replace: true });
    } catch (failure) {
      if (isApiError(failure, 429)) startWait(failure.retryAfter ?? 30);
      else setError(errorMessage(failure));
      setPassword('');
      setSubmitting(false);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Stack w="100%" maw={400} gap="lg">
        <Group justify="space-between">
          <Title order={2} fw={800}>
            Tessera
          </Title>
          <ColorSchemeToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={(event) => void handleSubmit(event)} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h3">
                  Welcome back
                </Title>
                <Text size="sm" c="dimmed">
                  Sign in to reach your dashboards.
                </Text>
              </div>
              {waitSeconds > 0 ? (
                <Alert color="orange" role="alert" variant="light">
                  {/* The ticking number is left out of the live region so it is announced once, not every second. */}
                  Too many attempts, retry in <span aria-live="off">{waitSeconds}</span> s
                </Alert>
              ) : (
                error && (
                  <Alert color="red" role="alert" variant="light">
                    {error}
                  </Alert>
                )
              )}
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                autoFocus
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                visibilityToggleButtonProps={REVEAL_TOGGLE_PROPS}
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Button type="submit" fullWidth loading={submitting} disabled={waitSeconds > 0}>
                Log in
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
