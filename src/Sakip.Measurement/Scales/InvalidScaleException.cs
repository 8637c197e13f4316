using System;

namespace Sakip.Measurement.Scales;

/// <summary>
/// Thrown when a <see cref="PredikatScale"/> is built from bands that overlap, leave a hole in
/// the scale's domain, or repeat a code.
/// </summary>
public sealed class InvalidScaleException : ArgumentException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public InvalidScaleException()
        : base("The predikat scale is invalid.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong, naming the bands.</param>
    public InvalidScaleException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong, naming the bands.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidScaleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
