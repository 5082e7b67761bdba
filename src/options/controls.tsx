import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

/** A labelled group of radio buttons: the native control, so keyboard and screen readers just work. */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  help?: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}) {
  const helpId = `${props.name}-help`;
  return (
    <fieldset class="field" aria-describedby={props.help ? helpId : undefined}>
      <legend>{props.legend}</legend>
      {props.help && (
        <p id={helpId} class="help">
          {props.help}
        </p>
      )}
      {props.choices.map((choice) => {
        const id = `${props.name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              aria-describedby={choice.help ? `${id}-help` : undefined}
              onChange={() => props.onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.help && (
              <p id={`${id}-help`} class="help choice-help">
                {choice.help}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A checkbox with its label and optional help text. */
export function Toggle(props: {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <div class="field toggle">
      <input
        type="checkbox"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.help ? `${props.id}-help` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.help && (
        <p id={`${props.id}-help`} class="help">
          {props.help}
        </p>
      )}
    </div>
  );
}

/** A live region: status messages are announced without moving focus. */
export function Status(props: { kind?: 'ok' | 'error'; children: ComponentChildren }) {
  return (
    <div class={`status ${props.kind ?? 'ok'}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

/** What went wrong, in the words of whatever failed (often the browser's own storage message). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A destructive action that asks first, in the page rather than in a blocking browser dialog:
 * the first press shows the question with Confirm and Cancel, and focus moves to Cancel. If the
 * action fails, `failed` words the reason beside the button.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void | Promise<void>;
  failed: (reason: string) => string;
  ariaLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState('');
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <>
        <button type="button" class="button danger" aria-label={props.ariaLabel} onClick={() => setAsking(true)}>
          {props.label}
        </button>
        {failure && (
          <p class="error" role="alert">
            {failure}
          </p>
        )}
      </>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={props.question}>
      <p>{props.question}</p>
      <button
        type="button"
        class="button danger"
        onClick={async () => {
          setAsking(false);
          setFailure('');
          try {
            await props.onConfirm();
          } catch (error) {
            setFailure(props.failed(reasonOf(error)));
          }
        }}
      >
        {props.confirmLabel}
      </button>{' '}
      <button type="button" class="button" ref={cancel} onClick={() => setAsking(false)}>
        {props.cancelLabel}
      </button>
    </div>
  );
}
