using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// Turns a <see cref="JsonException"/> from reading the data file into one line naming the JSON
/// path and what the file should have there, in the data format's terms ("expected a whole
/// number", "unknown property 'foo'"), never in .NET's (type names such as
/// <c>Sakip.Measurement.Serialization.IndicatorYearDocument</c>, <c>System.Decimal</c>).
/// </summary>
/// <remarks>
/// <see cref="JsonException"/> carries the path and position but not the kind of failure. The
/// kind is taken from the structure where possible — the path is walked through the metadata of
/// <see cref="LkipJsonContext"/>, which says whether a property exists and what it holds —
/// and otherwise from the few message shapes System.Text.Json uses. A message of an unknown shape
/// gets a general sentence rather than being passed through.
/// </remarks>
internal static class JsonErrors
{
    /// <summary>Turns a failure to deserialize a report file into the format's own error.</summary>
    /// <param name="exception">The serializer's exception.</param>
    /// <returns>The error, naming the JSON path, line and column.</returns>
    internal static LkipFormatException ToFormatException(JsonException exception) =>
        ToFormatException(exception, LkipJsonContext.Default, LkipJsonContext.Default.LkipDocument);

    /// <summary>Turns a failure to deserialize a file of another root type (an LKE worksheet) into the format's own error.</summary>
    /// <param name="exception">The serializer's exception.</param>
    /// <param name="context">The file's source-generated context.</param>
    /// <param name="root">The file's root type, against which the path is resolved.</param>
    /// <returns>The error, naming the JSON path, line and column.</returns>
    internal static LkipFormatException ToFormatException(JsonException exception, JsonSerializerContext context, JsonTypeInfo root)
    {
        long? line = exception.LineNumber + 1;
        long? column = exception.BytePositionInLine + 1;
        return new LkipFormatException(exception.Path, line, column, What(exception, context, root), exception);
    }

    private static string What(JsonException exception, JsonSerializerContext context, JsonTypeInfo root)
    {
        // The reader's own exception (also a JsonException) is wrapped when the text is not JSON;
        // its message describes the JSON text, not .NET types.
        if (exception.InnerException is JsonException syntax)
        {
            string message = WithoutPosition(syntax.Message);
            return message.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
                ? "the file is empty"
                : $"the file is not valid JSON: {message}";
        }

        var field = Field.Resolve(exception.Path, context, root);
        if (field.UnknownName is string unknown)
        {
            return $"unknown property '{unknown}'" + (field.Suggestion is string suggestion
                ? $" (property names are case-sensitive: did you mean '{suggestion}'?)"
                : " (see docs/report-format.md for the properties of this object)");
        }

        string text = exception.Message;
        if (text.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return "the property is given twice in the same object";
        }
        if (text.Contains("missing required properties", StringComparison.Ordinal))
        {
            int including = text.IndexOf("including: ", StringComparison.Ordinal);
            string names = including < 0 ? string.Empty : WithoutPosition(text[(including + "including: ".Length)..]).TrimEnd('.');
            return names.Length == 0 ? "a required property is missing" : $"missing required property {names}";
        }
        if (text.Contains("null values", StringComparison.Ordinal))
        {
            return $"the value must not be null; expected {field.Expected ?? "a value"}";
        }
        if (exception.InnerException is FormatException)
        {
            // The token is a number, but not one the field can hold.
            return field.Expected is string expected
                ? $"the number is out of range or not of the right kind; expected {expected}"
                : "the number is out of range";
        }
        if (exception.InnerException is InvalidOperationException || text.Contains("could not be converted", StringComparison.Ordinal))
        {
            return field.Expected is string expected ? $"expected {expected}" : "the value is of the wrong kind";
        }
        return "the content does not match the data format (docs/report-format.md)";
    }

    // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …" or " LineNumber: …"
    // to some messages; the position is reported once, in Describe's own form. Advice to the
    // programmer ("Change the reader options.") is no use to the author of the file.
    internal static string WithoutPosition(string message)
    {
        message = message.ReplaceLineEndings(" ").Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
        foreach (string marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }
        return message.Trim();
    }

    /// <summary>What the data file's schema says about the node at a JSON path.</summary>
    /// <param name="Expected">What the node should hold, e.g. "a whole number", when the path is known.</param>
    /// <param name="UnknownName">The last property name, when the schema has no such property.</param>
    /// <param name="Suggestion">The property the unknown name differs from only in case, if any.</param>
    private sealed record Field(string? Expected, string? UnknownName, string? Suggestion)
    {
        private static readonly Field Unresolved = new(null, null, null);

        public static Field Resolve(string? path, JsonSerializerContext context, JsonTypeInfo root)
        {
            if (path is null || !path.StartsWith('$'))
            {
                return Unresolved;
            }
            JsonTypeInfo info = root;
            int i = 1;
            while (i < path.Length)
            {
                string? name;
                if (path[i] == '.')
                {
                    int end = path.IndexOfAny(['.', '['], i + 1);
                    end = end < 0 ? path.Length : end;
                    name = path[(i + 1)..end];
                    i = end;
                }
                else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
                {
                    int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return Unresolved;
                    }
                    name = path[(i + 2)..end];
                    i = end + 2;
                }
                else if (path[i] == '[')
                {
                    int end = path.IndexOf(']', i);
                    if (end < 0 || ElementType(info) is not Type element)
                    {
                        return Unresolved;
                    }
                    name = null;
                    info = context.GetTypeInfo(element)!;
                    i = end + 1;
                }
                else
                {
                    return Unresolved;
                }

                if (name is null)
                {
                    continue;
                }
                if (info.Kind != JsonTypeInfoKind.Object)
                {
                    return Unresolved;
                }
                var property = info.Properties.FirstOrDefault(p => p.Name == name);
                if (property is null)
                {
                    // Only the last step may be unknown: the serializer stops at the first one.
                    var similar = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                    return i >= path.Length ? new Field(null, name, similar?.Name) : Unresolved;
                }
                if (context.GetTypeInfo(property.PropertyType) is not JsonTypeInfo next)
                {
                    return Unresolved;
                }
                info = next;
            }
            return new Field(Describe(info), null, null);
        }

        // JsonTypeInfo.ElementType exists from .NET 9 only; the format's lists are all IReadOnlyList<T>.
        private static Type? ElementType(JsonTypeInfo info) =>
            info.Kind == JsonTypeInfoKind.Enumerable && info.Type.IsGenericType ? info.Type.GetGenericArguments()[0] : null;

        private static string Describe(JsonTypeInfo info)
        {
            var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
            return info.Kind switch
            {
                JsonTypeInfoKind.Object => "an object",
                JsonTypeInfoKind.Enumerable => "an array",
                _ when type == typeof(string) => "a string",
                _ when type == typeof(int) || type == typeof(long) => "a whole number",
                _ when type == typeof(decimal) => "a number within ±79228162514264337593543950335",
                _ => "a value of another kind",
            };
        }
    }
}
