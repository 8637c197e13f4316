using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Sakip.Measurement.Text;

/// <summary>
/// The outcome of parsing text: the value, or why the text was rejected. Parsing never throws;
/// <see cref="Value"/> and <see cref="GetValueOrThrow"/> throw an
/// <see cref="UnparsableValueException"/> naming the text when it failed.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>
/// <para>The default value is a failure with no text.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T value;
    private readonly string? text;
    private readonly string? error;
    private readonly bool success;

    private ParseResult(string text, T value, string? error, bool success)
    {
        this.text = text;
        this.value = value;
        this.error = error;
        this.success = success;
    }

    /// <summary>Creates a successful result.</summary>
    /// <param name="text">The text that was parsed.</param>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForValue(string text, T value) => new(text ?? string.Empty, value, null, true);

    /// <summary>Creates a failed result.</summary>
    /// <param name="text">The text that was rejected.</param>
    /// <param name="reason">Why it was rejected.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForFailure(string text, string reason) =>
        new(text ?? string.Empty, default!, string.IsNullOrEmpty(reason) ? "the text is not valid" : reason, false);

    /// <summary>Gets the text that was parsed (empty for the default value).</summary>
    public string Text => text ?? string.Empty;

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    public bool Success => success;

    /// <summary>Gets why parsing failed, or <see langword="null"/> when it succeeded.</summary>
    public string? Error => success ? null : error ?? "no text was parsed";

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="UnparsableValueException">Parsing failed; the message names the text.</exception>
    public T Value => success ? value : throw Exception;

    /// <summary>Gets the exception describing the failure (built on demand).</summary>
    /// <exception cref="InvalidOperationException">Parsing succeeded.</exception>
    public UnparsableValueException Exception => success
        ? throw new InvalidOperationException("Parsing succeeded; there is no exception.")
        : new UnparsableValueException(Text, $"The text '{Text}' cannot be parsed: {Error}.");

    /// <summary>Returns the value or throws.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="UnparsableValueException">Parsing failed; the message names the text.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="result">The value, or the default when parsing failed.</param>
    /// <returns><see langword="true"/> when parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return success;
    }

    /// <inheritdoc />
    public bool Equals(ParseResult<T> other) =>
        success == other.success && Text == other.Text && error == other.error && EqualityComparer<T>.Default.Equals(value, other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParseResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(success, Text, error, value);

    /// <summary>Returns <c>Success: value</c> or <c>Failure: reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => success ? $"Success: {value}" : $"Failure: {Error}";

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ParseResult<T> left, ParseResult<T> right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ParseResult<T> left, ParseResult<T> right) => !left.Equals(right);
}
