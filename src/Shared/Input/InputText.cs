namespace EqualityMark.Shared.Input;

/// <summary>
/// What text may hold: PostgreSQL refuses NUL outright, and other C0 control characters and lone UTF-16
/// surrogates are never typed by a person, so only tab, carriage return and line feed pass among the controls.
/// </summary>
public static class InputText
{
    public static bool HasControlCharacter(string value) =>
        value.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 && value.Any(IsRefusedControl);

    public static bool HasBrokenCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRefusedControl(char c) => c < '\u0020' && c is not ('\t' or '\r' or '\n');
}
