using System;

namespace Sakip.Measurement;

/// <summary>
/// Thrown when data describing a unit, its Renstra, indicators or budget is invalid; the
/// message and <see cref="FieldPath"/> name the field and the value.
/// </summary>
public sealed class SakipDataException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public SakipDataException()
        : base("The SAKIP data is invalid.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    public SakipDataException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SakipDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming the field.</summary>
    /// <param name="fieldPath">The path of the invalid field, e.g. <c>Renstra[2021-2026].Sasaran[S1].Indikator[IK1].Years[2030]</c>.</param>
    /// <param name="value">The invalid value as text.</param>
    /// <param name="message">What is wrong.</param>
    public SakipDataException(string fieldPath, string? value, string message)
        : this(fieldPath, value, message, null)
    {
    }

    /// <summary>Initializes a new instance naming the field, with the cause.</summary>
    /// <param name="fieldPath">The path of the invalid field.</param>
    /// <param name="value">The invalid value as text.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public SakipDataException(string fieldPath, string? value, string message, Exception? innerException)
        : base($"{fieldPath}: {message}" + (value is null ? string.Empty : $" (value: '{value}')"), innerException)
    {
        FieldPath = fieldPath;
        Value = value;
    }

    /// <summary>Gets the path of the invalid field, when known.</summary>
    public string? FieldPath { get; }

    /// <summary>Gets the invalid value as text, when known.</summary>
    public string? Value { get; }
}
