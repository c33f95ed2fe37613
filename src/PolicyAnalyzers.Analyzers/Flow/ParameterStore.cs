namespace PolicyAnalyzers.Flow;

/// <summary>
/// What a method leaves in the object a parameter refers to: <c>ctx.Recipient = name</c>, <c>lines.Add(name)</c>.
/// The caller's argument holds it after the call, as a receiver holds what <see cref="FieldEffects.ReceiverTakes"/> says.
/// </summary>
/// <param name="Bit">The parameter's bit (see <see cref="Taint"/>).</param>
/// <param name="Held">
/// What the object now holds besides what the caller gave: protected data, and other parameters (as bits, placed in
/// the members they were stored in), which the caller replaces by its arguments.
/// </param>
internal readonly record struct ParameterStore(int Bit, Taint Held);
