import { WindowCounter } from './windowCounter'

// How many tries at signing in, and at the account emails, one connection and one address get. A wrong
// password locks out the connection that typed it, never the account for everyone: a stranger who guesses
// at a team member's address blocks only themselves. When an account gets many wrong passwords from many
// connections at once, each connection gets one try, so guessing costs a new connection per guess while the
// owner's first try still goes through. Counts live in this process's memory (each server process counts
// on its own) and are forgotten when their window ends.

const MINUTE = 60_000

export type SignInLimits = {
  /** Wrong passwords from one connection, whatever the account, per 10 minutes. */
  failuresPerClient: number
  /** Wrong passwords for one account from one connection, per 15 minutes. */
  failuresPerAccountFromClient: number
  /** Wrong passwords for one account from every connection, per 15 minutes, after which each connection gets one try. */
  accountUnderAttack: number
  /** Password reset emails to one address, per hour. */
  resetEmailsPerAddress: number
  /** Password reset emails, resets and unlocks asked for from one connection, per 10 minutes. */
  accountRequestsPerClient: number
}

export const defaultSignInLimits: SignInLimits = {
  failuresPerClient: 20,
  failuresPerAccountFromClient: 5,
  accountUnderAttack: 20,
  resetEmailsPerAddress: 3,
  accountRequestsPerClient: 10,
}

export const signInLimitsFromEnv = (env: Record<string, string | undefined> = process.env): SignInLimits => ({
  ...defaultSignInLimits,
  failuresPerClient: Number(env.RATE_LIMIT_SIGN_INS) || defaultSignInLimits.failuresPerClient,
})

/** Why a try was refused, in words for the person, and for how long. */
export type Refusal = { message: string; minutes: number }

export type AccountRequest = 'forgotPassword' | 'resetPassword' | 'unlock'

export type SignInGuard = {
  /** Before the password is checked: a refusal, or the try is counted as wrong until `loginSucceeded` says otherwise. */
  attemptLogin(address: string, client: string): Refusal | undefined
  loginSucceeded(address: string, client: string): void
  /** A password reset email, a reset with its token, or an unlock. */
  accountRequest(kind: AccountRequest, client: string, address?: string): Refusal | undefined
  /** An admin unlocked the account: every count against it goes. */
  forgetAccount(address: string): void
}

export function signInGuard(limits: SignInLimits = defaultSignInLimits, now: () => number = Date.now): SignInGuard {
  const failuresFromClient = new WindowCounter(10 * MINUTE, now)
  const failuresForPair = new WindowCounter(15 * MINUTE, now)
  const failuresForAccount = new WindowCounter(15 * MINUTE, now)
  const resetEmails = new WindowCounter(60 * MINUTE, now)
  const requestsFromClient = new WindowCounter(10 * MINUTE, now)
  const pairOf = (address: string, client: string) => `${address}\n${client}`
  const wait = (minutes: number) => `Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again`

  return {
    attemptLogin(address, client) {
      const pair = pairOf(address, client)
      if (failuresFromClient.count(client) >= limits.failuresPerClient) {
        const minutes = failuresFromClient.minutesLeft(client)
        return { minutes, message: `Too many wrong passwords from your connection. ${wait(minutes)}.` }
      }
      if (failuresForPair.count(pair) >= limits.failuresPerAccountFromClient) {
        const minutes = failuresForPair.minutesLeft(pair)
        return { minutes, message: `Too many wrong passwords for this account from your connection. ${wait(minutes)}, or reset your password.` }
      }
      if (failuresForAccount.count(address) >= limits.accountUnderAttack && failuresForPair.count(pair) > 0) {
        const minutes = failuresForAccount.minutesLeft(address)
        return {
          minutes,
          message: `Too many wrong passwords for this account from many places, so each connection gets one try. ${wait(minutes)}, or ask an admin to unlock it.`,
        }
      }
      failuresFromClient.add(client)
      failuresForPair.add(pair)
      failuresForAccount.add(address)
      return undefined
    },

    loginSucceeded(address, client) {
      failuresFromClient.remove(client)
      failuresForPair.clear(pairOf(address, client))
      failuresForAccount.remove(address)
    },

    accountRequest(kind, client, address) {
      if (requestsFromClient.count(client) >= limits.accountRequestsPerClient) {
        const minutes = requestsFromClient.minutesLeft(client)
        return { minutes, message: `Too many account requests from your connection. ${wait(minutes)}.` }
      }
      if (kind === 'forgotPassword' && address && resetEmails.count(address) >= limits.resetEmailsPerAddress) {
        const minutes = resetEmails.minutesLeft(address)
        return { minutes, message: `We have already sent several password reset emails to this address. Check your inbox (and spam folder), or ${wait(minutes).toLowerCase()}.` }
      }
      requestsFromClient.add(client)
      if (kind === 'forgotPassword' && address) resetEmails.add(address)
      return undefined
    },

    forgetAccount(address) {
      failuresForAccount.clear(address)
      failuresForPair.clearWhere((pair) => pair.startsWith(`${address}\n`))
    },
  }
}
