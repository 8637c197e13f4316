using System;

namespace Sakip.Measurement.Text;

/// <summary>
/// Thrown when text cannot be read as a value (a number, percentage, rupiah amount or grade);
/// the message names the text and what is wrong with it.
/// </summary>
public sealed class UnparsableValueException : FormatException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public UnparsableValueException()
        : base("The text could not be parsed.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    public UnparsableValueException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnparsableValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming the text.</summary>
    /// <param name="text">The text that could not be parsed.</param>
    /// <param name="message">The message.</param>
    public UnparsableValueException(string text, string message)
        : base(message)
    {
        Text = text;
    }

    /// <summary>Gets the text that could not be parsed, when known.</summary>
    public string? Text { get; }
}
