using System;
using System.Globalization;

namespace Sakip.Measurement.Serialization;

/// <summary>
/// Thrown when a report file is not JSON of the report format: not JSON at all, too large or too
/// deeply nested, a property unknown or given twice, a value of the wrong kind. The message names
/// the JSON path and position and says what the format expects there, in the file author's terms.
/// </summary>
/// <remarks>
/// A file that is well-formed but whose content is invalid (a malformed number, an unknown policy
/// name, a code used twice) gives a <see cref="SakipDataException"/> naming the field instead.
/// </remarks>
public sealed class LkipFormatException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public LkipFormatException()
        : base("The report file is not in the report format.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    public LkipFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LkipFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming the place in the file.</summary>
    /// <param name="jsonPath">The JSON path, e.g. <c>$.renstra[0].firstYear</c>, or <see langword="null"/> when the file as a whole is at fault.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column (in bytes), when known.</param>
    /// <param name="reason">What is wrong and what the format expects.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LkipFormatException(string? jsonPath, long? line, long? column, string reason, Exception? innerException = null)
        : base(Describe(jsonPath, line, column, reason), innerException)
    {
        JsonPath = jsonPath;
        LineNumber = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the JSON path of the offending value, when known.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the 1-based line of the offending value, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the 1-based column (in bytes) of the offending value, when known.</summary>
    public long? Column { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string? Reason { get; }

    private static string Describe(string? path, long? line, long? column, string reason)
    {
        string location = path is null ? string.Empty : $" at {path}";
        if (line is { } l)
        {
            location += column is { } c
                ? string.Create(CultureInfo.InvariantCulture, $" (line {l}, column {c})")
                : string.Create(CultureInfo.InvariantCulture, $" (line {l})");
        }
        return $"invalid report file{location}: {reason}";
    }
}
