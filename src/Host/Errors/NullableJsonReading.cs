using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EqualityMark.Host.Errors;

/// <summary>
/// Nullability is respected when the API reads JSON (a null for a field that may not be null is a 400, not a null
/// the handler trips over) but not when it writes: an answer is never turned into an error by a null it carries.
/// </summary>
internal static class NullableJsonReading
{
    public static void RespectWhenReading(JsonSerializerOptions options)
    {
        options.RespectNullableAnnotations = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(WriteNullsAsTheyAre);
    }

    private static void WriteNullsAsTheyAre(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType))
        {
            property.IsGetNullable = true;
        }
    }
}
