using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace EqualityMark.Shared.Input;

/// <summary>The fields the input rule looks at on one type: readable properties, with their length and list-null rules.</summary>
internal sealed record InputField(PropertyInfo Property, int MaxLength, bool ElementsMayBeNull)
{
    private static readonly ConcurrentDictionary<Type, InputField[]> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static InputField[] Of(Type type) => Cache.GetOrAdd(type, Read);

    /// <summary>Only the product's own request shapes are walked; framework types (files, streams) are not text.</summary>
    public static bool IsWalked(Type type) =>
        type.Namespace?.StartsWith("EqualityMark", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    public static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static InputField[] Read(Type type)
    {
        lock (Nullability)
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && MayHoldText(p.PropertyType))
                .Select(p => new InputField(p, MaxLengthOf(p), AllowsNullElements(p)))
                .ToArray();
        }
    }

    private static bool MayHoldText(Type type) =>
        type == typeof(string) || IsList(type) && !IsValueList(type) || IsWalked(type);

    private static bool IsValueList(Type type) =>
        (type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault()) is { IsValueType: true } element
        && Nullable.GetUnderlyingType(element) is null;

    private static int MaxLengthOf(PropertyInfo property) =>
        property.GetCustomAttribute<MaxLengthAttribute>()?.Length
        ?? property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength
        ?? InputLimits.DefaultMaxLength;

    private static bool AllowsNullElements(PropertyInfo property)
    {
        var info = Nullability.Create(property);
        var element = info.ElementType ?? info.GenericTypeArguments.LastOrDefault();
        return element is null || element.ReadState != NullabilityState.NotNull
            || Nullable.GetUnderlyingType(element.Type) is not null;
    }
}
