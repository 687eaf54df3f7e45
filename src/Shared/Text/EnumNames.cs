using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace EqualityMark.Shared.Text;

/// <summary>An enum value in people's words: its [Display(Name)] where it has one, otherwise its name.</summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Names.GetOrAdd(value, v => v.GetType().GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? v.ToString());
}
