import { describeAuthFailure, type SignInFailure } from './auth-messages';

interface AuthFailureNoteProps {
  failure: SignInFailure;
  /** 'alert' where it just happened (sign-in); 'note' where it is history (a session's reason). */
  role: 'alert' | 'note';
  className: string;
}

/** A failure as the user should read it: what went wrong, what to do, then the code. */
export function AuthFailureNote({ failure, role, className }: AuthFailureNoteProps) {
  const { title, action, showServerMessage } = describeAuthFailure(failure);
  return (
    <div className={className} role={role}>
      <p className="failure-title">{title}</p>
      <p className="failure-action">{action}</p>
      <p className="failure-detail">
        {showServerMessage && `${failure.message} `}
        <code>{failure.code}</code>
      </p>
    </div>
  );
}
