import { FieldFrame, TextField, type FieldFrameProps } from '../ui/Field';
import './access.css';

// The access screens' fields: the shared field with their layout and input defaults.

interface AccessFieldProps extends Omit<FieldFrameProps, 'class' | 'children'> {
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  maxLength?: number;
  spellcheck?: boolean;
}

export function Field({ type, autoComplete, maxLength, spellcheck, ...field }: AccessFieldProps) {
  return (
    <TextField
      {...field}
      class="access-field"
      input={{
        name: field.id,
        type: type ?? 'text',
        autocomplete: autoComplete ?? 'off',
        spellcheck: spellcheck ?? false,
        maxLength: maxLength ?? 1024,
      }}
    />
  );
}

/** Choosing the recovery kit file (it is read in this browser only). */
export function KitFileField(props: {
  id: string;
  hint?: string;
  error: string | undefined;
  onFile(file: File | undefined): void;
}) {
  const { onFile, ...field } = props;
  return (
    <FieldFrame {...field} label="Recovery kit file" class="access-field">
      {(aria) => (
        <input
          {...aria}
          type="file"
          accept=".json,application/json"
          onChange={(e) => onFile(e.currentTarget.files?.[0])}
        />
      )}
    </FieldFrame>
  );
}

/** What to show for an unexpected failure: its message if it is an Error, else a sentence. */
export function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Something went wrong. Try again.';
}
