using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// One pass over a report file before it is deserialized: the text is JSON, no deeper than the
/// limit, and no object gives a property twice (which would otherwise let the last of two
/// <c>capping</c> values win unseen). Failures name the JSON path, line and column.
/// </summary>
internal static class JsonStructure
{
    internal static void Check(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        var frames = new Stack<Frame>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        // Where the container sits is kept as parts (its property, or its index in
                        // the parent array); the path text is built only when a failure is reported.
                        var frame = new Frame(frames.Count == 0 ? null : frames.Peek().IsArray ? null : property,
                            frames.Count == 0 || !frames.Peek().IsArray ? -1 : frames.Peek().Index, reader.TokenType == JsonTokenType.StartArray);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            var (line, column) = Position(utf8, reader.TokenStartIndex);
                            throw new LkipFormatException(Path(frames) + frame.Segment, line, column,
                                string.Create(CultureInfo.InvariantCulture, $"the file is nested more than {maxDepth} levels deep; the report format needs far fewer"));
                        }
                        frames.Push(frame);
                        property = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        Advance(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        if (!frames.Peek().Names!.Add(property))
                        {
                            var (nameLine, nameColumn) = Position(utf8, reader.TokenStartIndex);
                            throw new LkipFormatException(Path(frames) + Member(property), nameLine, nameColumn,
                                "the property is given twice in the same object");
                        }
                        break;
                    default:
                        property = null;
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw Syntax(e, Path(frames));
        }
    }

    private static LkipFormatException Syntax(JsonException e, string path)
    {
        string message = JsonErrors.WithoutPosition(e.Message);
        string reason = message.Contains("does not contain any JSON tokens", StringComparison.Ordinal)
            ? "the file is empty or ends before the JSON does"
            : message.Contains("end of data", StringComparison.Ordinal) || message.Contains("depth to be zero", StringComparison.Ordinal)
                ? $"the file ends before the JSON does (truncated?): {message}"
                : $"the file is not valid JSON: {message}";
        return new LkipFormatException(path.Length == 1 ? null : path, e.LineNumber + 1, e.BytePositionInLine + 1, reason, e);
    }

    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().IsArray)
        {
            frames.Peek().Index++;
        }
    }

    private static string Path(Stack<Frame> frames)
    {
        var path = new StringBuilder("$");
        var list = frames.ToArray();
        for (int i = list.Length - 1; i >= 0; i--)
        {
            path.Append(list[i].Segment);
        }
        return path.ToString();
    }

    // The reader reports positions only in its exceptions: the line and column of a token are
    // counted from the text (only when a failure is reported).
    private static (long Line, long Column) Position(ReadOnlySpan<byte> utf8, long index)
    {
        var before = utf8[..(int)Math.Min(index, utf8.Length)];
        int lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, index - lastNewline);
    }

    // ".name" for a name a path can hold as it is, ['1.a.1'] (as System.Text.Json writes it) for one with dots or other signs.
    private static string Member(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : $"['{name}']";

    // A container being read: where it sits in its parent (a property, or a position in an array),
    // and, while it is read, its next element's index or the property names it has given.
    private sealed class Frame(string? property, int position, bool isArray)
    {
        // ".renstra" for a property's value, "[3]" for an array's element, "" for the root.
        internal string Segment => property is not null ? Member(property)
            : position >= 0 ? string.Create(CultureInfo.InvariantCulture, $"[{position}]") : string.Empty;

        internal bool IsArray { get; } = isArray;

        internal int Index { get; set; }

        internal HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);
    }
}
