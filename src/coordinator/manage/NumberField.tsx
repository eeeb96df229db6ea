import { TextField, type TextFieldProps } from '../ui/Field';
import './manage.css';

type Props = Omit<TextFieldProps, 'class' | 'input'> & { disabled?: boolean };

/** A short whole-number box (k, hours) on the management screens. */
export function NumberField({ disabled, ...field }: Props) {
  return (
    <TextField
      {...field}
      class="manage-field"
      input={{ type: 'text', class: 'narrow', inputMode: 'numeric', disabled }}
    />
  );
}
