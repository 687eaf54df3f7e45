using System.Collections;
using System.Globalization;
using EqualityMark.Shared.Errors;

namespace EqualityMark.Shared.Input;

/// <summary>
/// The one rule for anything a client sends: every text field (in nested records and lists too) is within its
/// length and holds no control or broken characters, and no list has a missing entry. Field paths name the field.
/// </summary>
public static class InputRule
{
    private const int MaxDepth = 12;

    /// <summary>Throws a 400 with a message per field when <paramref name="input"/> breaks the rule.</summary>
    public static void Enforce(object? input, string prefix = "")
    {
        var errors = Check(input, prefix);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    public static Dictionary<string, string[]> Check(object? input, string prefix = "")
    {
        var errors = new Dictionary<string, string[]>();
        if (input is not null)
        {
            var walk = new Walk(errors, new HashSet<object>(ReferenceEqualityComparer.Instance));
            walk.Value(input, prefix, InputLimits.DefaultMaxLength, elementsMayBeNull: true, depth: 0);
        }

        return errors;
    }

    private sealed record Walk(Dictionary<string, string[]> Errors, HashSet<object> Seen)
    {
        public void Value(object value, string path, int maxLength, bool elementsMayBeNull, int depth)
        {
            if (value is string text)
            {
                Text(text, path, maxLength);
            }
            else if (depth < MaxDepth && !value.GetType().IsValueType && Seen.Add(value))
            {
                if (value is IDictionary dictionary)
                {
                    Entries(dictionary, path, maxLength, depth);
                }
                else if (value is IEnumerable list && InputField.IsList(value.GetType()))
                {
                    Elements(list, path, maxLength, elementsMayBeNull, depth);
                }
                else if (InputField.IsWalked(value.GetType()))
                {
                    Fields(value, path, depth);
                }
            }
        }

        private void Fields(object value, string path, int depth)
        {
            foreach (var field in InputField.Of(value.GetType()))
            {
                if (field.Property.GetValue(value) is { } child)
                {
                    Value(child, Join(path, field.Property.Name), field.MaxLength, field.ElementsMayBeNull, depth + 1);
                }
            }
        }

        private void Elements(IEnumerable list, string path, int maxLength, bool elementsMayBeNull, int depth)
        {
            var index = 0;
            foreach (var element in list)
            {
                var elementPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
                if (element is null)
                {
                    if (!elementsMayBeNull)
                    {
                        Add(path, $"{FieldLabel.For(path)} must not have empty entries");
                    }
                }
                else
                {
                    Value(element, elementPath, maxLength, elementsMayBeNull: true, depth + 1);
                }
            }
        }

        private void Entries(IDictionary dictionary, string path, int maxLength, int depth)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                var entryPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{entry.Key}]");
                Value(entry.Key, path, maxLength, elementsMayBeNull: true, depth + 1);
                if (entry.Value is not null)
                {
                    Value(entry.Value, entryPath, maxLength, elementsMayBeNull: true, depth + 1);
                }
            }
        }

        private void Text(string text, string path, int maxLength)
        {
            if (text.Length > maxLength)
            {
                Add(path, string.Create(CultureInfo.InvariantCulture, $"{FieldLabel.For(path)} must be {maxLength:N0} characters or fewer"));
            }

            if (InputText.HasControlCharacter(text))
            {
                Add(path, $"{FieldLabel.For(path)} must not contain hidden control characters");
            }

            if (InputText.HasBrokenCharacter(text))
            {
                Add(path, $"{FieldLabel.For(path)} contains a character that is not valid text");
            }
        }

        private void Add(string path, string message)
        {
            var key = path.Length == 0 ? "value" : path;
            Errors[key] = Errors.TryGetValue(key, out var messages) ? messages.Contains(message) ? messages : [.. messages, message] : [message];
        }

        private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
    }
}
