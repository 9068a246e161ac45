import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { findStaffForSignIn, recordSignIn } from '@/db/queries/staff';
import { throttleKeys } from '@/db/queries/sign-in-throttle';
import { authConfig } from './auth.config';
import { authSecret } from './auth-secret';
import { env } from './env';
import { clientAddress } from './client-address';
import { peerAddressStamped } from './peer-address';
import { admitSignInAttempt, signInFailed, signInSucceeded } from './sign-in-guard';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { signInInput } from './schemas/staff';

class WrongCredentials extends CredentialsSignin {
  code = 'wrong_credentials';
}
class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
}
class AccountDisabled extends CredentialsSignin {
  code = 'disabled';
}

// A function, so the secret is read at the first request rather than while the app is built.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  logger: {
    // A refused sign-in is an expected outcome (audited), not a server fault.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: '電子郵件', type: 'email' }, password: { label: '密碼', type: 'password' } },
      async authorize(raw, request) {
        const parsed = signInInput.safeParse(raw);
        if (!parsed.success) throw new WrongCredentials();
        const { email, password } = parsed.data;
        const db = await getDb();
        const keys = throttleKeys(email, clientAddress(request.headers, peerAddressStamped(), env().TRUSTED_PROXIES));
        const admitted = await admitSignInAttempt(db, keys);
        if (!admitted.allowed) throw new SignInThrottled();

        const person = await findStaffForSignIn(db, email);
        // Verify against a decoy when nobody matches, so both mistakes take the same time.
        const ok = await verifyPassword(person?.passwordHash ?? (await decoyPasswordHash()), password);
        if (!person || !ok) {
          await signInFailed(db, keys);
          throw new WrongCredentials();
        }
        if (!person.active) throw new AccountDisabled();
        await signInSucceeded(db, keys);
        await recordSignIn(db, person.id);
        return { id: String(person.id), name: person.name, email: person.email, role: person.role, sessionVersion: person.sessionVersion };
      },
    }),
  ],
}));
