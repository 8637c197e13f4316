// The library's layers, for every file of this project: the model, the calculators, their
// results and the predikat scales (folder = namespace in the library).
global using Sakip.Measurement.Calculation;
global using Sakip.Measurement.Model;
global using Sakip.Measurement.Results;
global using Sakip.Measurement.Review;
global using Sakip.Measurement.Scales;
