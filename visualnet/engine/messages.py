"""What the engine says, in English: every error's template (and the phrases that go inside them), by code.

``str(error)`` is ``MESSAGES[code].format(**values)``. The app says the same codes in the user's
language (``visualnet/app/error_texts.py``, which names the same values); a test keeps the two
tables in step and checks that every error the engine raises has a code here.
No imports: :mod:`.errors` reads this table.
"""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    # architecture
    "architecture.activation_count": "{L} layer(s) after the input need {L} activations, got {count}",
    "architecture.activation_count_for": "{L} layers need {L} activations, got {count}",
    "architecture.activations_not_list": "give one activation per layer, as a list, e.g. ['relu', 'sigmoid']",
    "architecture.dtype": "dtype must be float32 or float64, not {dtype}",
    "architecture.loss_output": "{loss} needs a {needed} output layer, but the output layer uses {output_activation}",
    "architecture.m": "the number of examples m must be a whole number ≥ 1, got {m!r}",
    "architecture.output_only": "{g} can only be the output activation, not g[{l}]",
    "architecture.seed": "the seed must be a whole number from 0 to 2**32 - 1, got {seed!r}",
    "architecture.size_not_whole": "n[{l}] = {n!r} is not a whole number; layer sizes count units",
    "architecture.size_zero": "n[{l}] = {n} must be at least 1: a layer needs a unit",
    "architecture.sizes_not_list": "layer sizes must be a list such as [n_x, n1, ..., nL]",
    "architecture.softmax_mse": "a softmax output needs the categorical cross-entropy loss, not mean squared error",
    "architecture.softmax_units": "a softmax output needs at least 2 units (one per class)",
    "architecture.too_few_layers": "a network needs at least an input and an output layer: [n_x, ..., n[L]] needs "
                                   "2 entries or more, got {count}",
    "architecture.unknown_activation": "unknown activation {name!r}; choose one of: {choices}",
    "architecture.unknown_initialization": "unknown initialization {init!r}; choose one of: {choices}",
    "architecture.unknown_loss": "unknown loss {name!r}; choose one of: {choices}",
    "architecture.unknown_optimizer": "unknown optimizer {name!r}; choose one of: {choices}",
    # config
    "config.beta": "the β values must be in [0, 1)",
    "config.lambd": "the L2 strength λ must be ≥ 0, got {value}",
    "config.learning_rate": "the learning rate α must be a positive number, got {value}",
    "config.mini_batch_size": "the mini-batch size must be a whole number ≥ 1, got {value}",
    "config.num_iterations": "the number of iterations must be a whole number ≥ 0, got {value}",
    "config.record_every": "record_every must be a whole number ≥ 1, got {value}",
    # csv
    "csv.bad_cell": "{path}, line {line}, column {number}{named} {problem}; every feature cell must be a number",
    "csv.binary": "{path} is damaged or is not a CSV text file (it holds binary data); save it from the "
                  "spreadsheet as \"CSV UTF-8\"",
    "csv.cell_empty": "is empty",
    "csv.cell_not_number": "holds {cell!r}, which is not a finite number",
    "csv.column_name": " ({name!r})",
    "csv.decimal_comma": "{problem} (write the decimal point as a dot: {dot})",
    "csv.empty": "{path} is empty: it has no rows of numbers",
    "csv.encoding": "{path} is in a text encoding visualnet does not know; save it from the spreadsheet as \"CSV "
                    "UTF-8\"",
    "csv.header_only": "{path} has a header but no rows of numbers",
    "csv.no_column_named": "{path} has no column named {label_column!r}; its columns are {names}",
    "csv.no_column_number": "{path} has {width} columns, so there is no column {label_column}",
    "csv.no_header": "{path} has no header row, so no column is named {label_column!r}; give the label column's "
                     "number instead",
    "csv.ragged": "{path}, line {line} has {count} columns, but line {first_line} has {first_count}",
    "csv.single_column": "{path} has a single column; it needs feature columns and a label column",
    "csv.single_example": "{path} holds a single example (one row of data): a network learns from many examples, "
                          "and keeps some of them aside to check itself; add more rows",
    "csv.words_in_features": "{problem} (only the label column may hold words: choose this one as the label, or "
                             "remove it)",
    # dataset
    "dataset.X_Y_examples": "X has {m_X} examples but Y has {m_Y}",
    "dataset.dev_fraction": "the dev fraction must be between 0 and 1, got {dev_fraction}",
    "dataset.dev_from": "the dev set must start after the first example and before the last, not at {dev_from} of "
                        "{m}",
    "dataset.digits_damaged": "the bundled digits file is damaged: images {images_shape}, labels {labels_shape}",
    "dataset.digits_unreadable": "the bundled digits could not be read ({detail}); reinstalling visualnet restores "
                                 "them",
    "dataset.empty": "dataset {name!r} is empty: it has no examples",
    "dataset.factor": "factor (the inner circle's radius relative to the outer one) must be between 0 and 1, got "
                      "{factor!r}",
    "dataset.image_shape": "image shape {image_shape} does not hold {n_x} features",
    "dataset.no_features": "dataset {name!r} has no features",
    "dataset.no_labels": "the {which} set has inputs X but no labels Y",
    "dataset.noise": "noise (the standard deviation of the random jitter) must be a number >= 0, got {noise!r}",
    "dataset.not_2d": "X and Y must be 2-D (features x examples), got {X_shape} and {Y_shape}",
    "dataset.not_a_digit": "{name} must be a digit from 0 to 9, got {digit!r}",
    "dataset.not_finite": "dataset {name!r} has NaN or infinite feature values",
    "dataset.regression_has_no_labels": "a regression dataset has no class labels",
    "dataset.same_digits": "first and second must be two different digits, got {first} twice",
    "dataset.too_few_examples": "{generator} needs at least {groups} examples (one per class or cluster), got m={m}",
    "dataset.too_few_to_split": "a dataset needs at least 2 examples to split into train and dev",
    "dataset.unknown_kind": "unknown dataset kind {kind!r}; the kinds are {choices}",
    "dataset.unknown_name": "there is no built-in dataset called {name!r}; choose one of {choices}",
    "dataset.unknown_option": "dataset {name!r} does not take {unknown}; it takes {accepted}",
    "dataset.unknown_scaling": "unknown feature scaling {kind!r}; choose one of {choices}",
    "dataset.unknown_task": "unknown task {task!r}; expected one of {choices}",
    "dataset.whole_range": "{name} ({meaning}) must be a whole number from {low:,} to {high:,}, got {value!r}",
    # depth
    "depth.bits": "the number of bits n must be a whole number ≥ 1, got {n!r}",
    "depth.not_1d": "linear pieces are counted along a line: the network needs 1 input and 1 output, not {n_x} "
                    "and {n_y}",
    "depth.not_piecewise_linear": "{g} (g[{l}]) is curved, not piecewise linear: only relu, leaky_relu and linear "
                                  "networks have pieces to count",
    # dependency
    "dependency.h5py": "Reading the course's .h5 files needs h5py: pip install 'visualnet[h5]'",
    "dependency.pillow": "Reading folders of images needs Pillow: pip install Pillow",
    # expect
    "expect.activations": "a list of activation names",
    "expect.batch": "null (full batch) or a whole number from 1",
    "expect.bool": "true or false",
    "expect.column": "a column's number from 0, or its name",
    "expect.delimiter": "one character, or null",
    "expect.fraction": "a number between 0 and 1",
    "expect.init": "an initialization name",
    "expect.layer_sizes": "a list of whole numbers [n_x, n1, ..., nL]",
    "expect.list": "a list [...]",
    "expect.loss": "a loss name",
    "expect.number_from_0": "a number from 0",
    "expect.object": "an object {{...}}",
    "expect.one_of": "one of {choices}",
    "expect.optional_bool": "true, false or null",
    "expect.optional_dataset": "null or the name of a built-in dataset",
    "expect.run_dataset": "null (the project's dataset) or the key of another dataset",
    "expect.optional_loss": "null (the output's own loss) or a loss name",
    "expect.optional_path": "null or the path of a data file",
    "expect.options": "an object {{...}} of the loader's arguments",
    "expect.positive": "a positive number",
    "expect.seed": "a whole number from 0 to 2**32 - 1",
    "expect.text": "text",
    "expect.whole": "a whole number",
    "expect.whole_from_0": "a whole number from 0",
    "expect.whole_list": "a list of whole numbers",
    # file
    "file.cannot_build": "{where} describes a network visualnet cannot build: {reason}",
    "file.class_names_shape": "{where}: class names must be a 1-D list of text, got shape {shape} and dtype {dtype}",
    "file.class_names_text": "{where}: class names must be text",
    "file.damaged": "{where} is damaged or is not {kind} file ({detail})",
    "file.description_not_object": "{where}: {member} must hold an object {{...}}, not {found}",
    "file.description_too_big": "{where}: {member} is {size:,} bytes, far too big for a description; the file is "
                                "not one visualnet wrote",
    "file.field": "{where}: {key!r} must be {expected}, got {found}",
    "file.fields": "{where} {problem}",
    "file.format_name": "{where} is not {kind} file: {member} has format {found}, not {name!r}",
    "file.format_version": "{where}: format_version must be a whole number from 1, got {found}",
    "file.hyperparameters_json": "cannot save {path}: hyperparameters must be numbers, text, true/false, lists or "
                                 "dicts",
    "file.invalid_json": "{where}: {member} is not valid JSON ({detail})",
    "file.lacks": "lacks {missing}",
    "file.lacks_and_unexpected": "lacks {missing} and has unexpected {unexpected}",
    "file.members": "{where} is not {kind} file: it should hold exactly {listing} and {last}, but holds "
                    "{names}{detail}",
    "file.missing_members": "; {missing} is missing",
    "file.newer": "{where} was made by a newer visualnet (format {found}); this version reads format {version}. "
                  "Update visualnet to open it.",
    "file.no_examples": "{path} has no examples",
    "file.not_json": "{error} ({detail})",
    "file.not_numbers": "{what} must hold real numbers, but has dtype {dtype}",
    "file.not_object": "{where} must be an object {{...}}, not {found}",
    "file.not_regular": "{path} is not {what} but a {kind}; visualnet reads only regular files",
    "file.parameters_do_not_fit": "{where} holds parameters that do not fit the network it describes: {reason}",
    "file.unexpected": "has unexpected {unexpected}",
    "file.unknown_kind": "visualnet cannot tell what kind of file {path} is. It reads CSV text (.csv, .tsv, .txt), "
                         "NumPy .npz files with X and Y, MNIST IDX files, the course's .h5 files and folders with "
                         "one sub-folder of images per class",
    "file.unknown_option": "{name} is read by {loader}, which takes no {unknown}; it takes {accepted}",
    # h5
    "h5.class_names": "{path}: 'list_classes' must be a short list of class names; found {names}",
    "h5.layout": "{path} does not have the course's layout: it needs one pair of datasets like 'train_set_x' "
                 "(images) and 'train_set_y' (labels); it holds {keys}",
    "h5.needs_array": "{path} needs {key!r} as an array of numbers; found {found}",
    "h5.test_shape": "{test} lies beside {name} as its test set, but holds images of shape {test_shape}, not "
                     "{shape}; move or rename it to open {name} alone",
    "h5.x_shape": "{path}: {x_key!r} must hold a stack of images (m, h, w, c), got shape {x_shape}",
    "h5.y_shape": "{path}: {x_key!r} has {m} images, so {y_key!r} must be (m,) = ({m},) labels; got shape {y_shape}",
    # hyperparameter
    "hyperparameter.L": "the number of layers L",
    "hyperparameter.activation": "hidden activation",
    "hyperparameter.depth": "the number of hidden layers",
    "hyperparameter.init": "initialization",
    "hyperparameter.lambd": "the L2 strength λ",
    "hyperparameter.learning_rate": "the learning rate α",
    "hyperparameter.mini_batch_size": "the mini-batch size",
    "hyperparameter.units": "the units per hidden layer",
    # idx
    "idx.count_mismatch": "{images_file} has {images:,} images but {labels_file} has {labels:,} labels",
    "idx.extra_data": "{where} holds more data than its header declares (shape {shape})",
    "idx.header_truncated": "{where} is truncated inside its header",
    "idx.label_dtype": "{labels_file} must hold whole-number labels, not {dtype}",
    "idx.magic": "{where} is not an IDX file (MNIST format): it starts with {magic!r}",
    "idx.no_partner": "found no file pairing with {path} (looked for {name} and {name}.gz); pass labels_path= to "
                      "name the partner file",
    "idx.pair_shapes": "{path} and {partner} must be an images file (m, rows, cols) and a labels file (m,); they "
                       "have shapes {first_shape} and {second_shape}",
    "idx.truncated": "{where} is truncated: its header declares shape {shape} ({nbytes:,} bytes of data) but it "
                     "holds {size:,}",
    # images
    "images.colour": "{width} x {height} pixels, colour",
    "images.empty_folder": "the class folder {folder} has no images ({suffixes})",
    "images.grayscale": "{width} x {height} pixels, grayscale",
    "images.mismatch": "{file} is {size} but {first} is {first_size}: all images must have the same size and be "
                       "all grayscale or all colour",
    "images.pixel_mode": "{file} has {mode} pixels (16-bit or floating point); visualnet reads 8-bit grayscale or "
                         "colour images",
    "images.too_few_folders": "{root} needs one sub-folder of images per class, at least 2; found {found}",
    # kind
    "kind.csv": "a CSV text",
    "kind.data_file": "a data file",
    "kind.device": "device",
    "kind.folder": "folder",
    "kind.hdf5": "an HDF5",
    "kind.idx": "an IDX",
    "kind.image": "a readable image",
    "kind.named_pipe": "named pipe",
    "kind.network": "a visualnet network",
    "kind.npy": "a NumPy .npy",
    "kind.npz": "a NumPy .npz",
    "kind.project": "a visualnet project",
    "kind.project_file": "a project file",
    "kind.socket": "socket",
    "kind.special_file": "special file",
    # label
    "label.Y_not_finite": "Y must hold finite numbers",
    "label.binary": "binary labels must be 0 or 1 for a sigmoid output, found {bad:g}",
    "label.binary_Y": "a two-class dataset needs Y of shape (1, m) holding only 0 and 1",
    "label.class_index_range": "class indices must be in 0..{last}, found {low}..{high}",
    "label.class_names_count": "{names} class names for {rows} one-hot rows",
    "label.class_names_index": "{path}: labels must index the {count} class names (0..{last}), found "
                               "{low:g}..{high:g}",
    "label.empty": "{path}: the label of example {example} is empty; every example needs one",
    "label.fraction": "{path}: class labels must be whole numbers, found {fraction:g}",
    "label.multiclass_Y": "a multi-class dataset needs one-hot Y of shape (C, m)",
    "label.names_examples": "{path}: the label column {column!r} holds {classes:,} different words in {rows:,} "
                            "rows: it names examples, not classes; choose the column that says what to predict",
    "label.not_finite": "{path}: the label of example {example} (counting from 0) is {value}; every label must be "
                        "a finite number",
    "label.one_hot": "a softmax output needs one-hot labels Y of shape ({n_L}, m): each column a single 1 marking "
                     "the class",
    "label.single_class": "dataset {name!r} has a single class; classification needs at least 2",
    "label.words_for_regression": "{path}: the label column {column!r} holds words, which a regression cannot "
                                  "predict; choose a column of numbers",
    # limit
    "limit.image_decode": "{file} is too large to decode safely ({detail})",
    "limit.images": "{root} holds more than {max_images:,} images, the limit",
    "limit.in_file": "{where}: {reason}",
    "limit.memory": "{what} would need {need} of memory; the limit is {have}",
    "limit.network": "this network has {parameter_count:,} parameters, which need {need}; the limit is {limit}. "
                     "Use fewer units per layer.",
    # meaning
    "meaning.bits": "the number of bits",
    "meaning.k": "the number of classes",
    "meaning.m": "the number of examples",
    "meaning.sawtooth_k": "how many times the tent map is composed",
    "meaning.seed": "what makes the data repeatable",
    # npz
    "npz.X_shape": "X in {path} must be (n_x, m) or a stack of images (m, h, w[, c]); got shape {X_shape}",
    "npz.X_transposed": " X looks transposed: visualnet wants X as (n_x, m), one example per column; save X.T",
    "npz.Y_shape": "{path}: {layout} has m = {m} examples, so Y must be (m,), (1, m) or one-hot (C, m); got Y of "
                   "shape {Y_shape}.{hint}",
    "npz.Y_transposed": " Y looks transposed: save Y.T",
    "npz.dtype": "{where} has dtype {dtype}, which is not plain numbers or text; visualnet reads arrays of numbers "
                 "or text only",
    "npz.impossible_shape": "{where} declares the impossible shape {shape}",
    "npz.layout_images": "images X (m, ...)",
    "npz.needs_X_Y": "{path} must hold arrays named 'X' and 'Y' (np.savez(path, X=X, Y=Y)); it holds {names}",
    "npz.not_array": "{where} holds {member!r}, which is not a NumPy array; an .npz file holds only .npy arrays "
                     "(as np.savez writes it)",
    "npz.one_hot": "Y in {path} has {rows} rows, so it must be one-hot: each column all 0 but a single 1 marking "
                   "the class",
    "npz.payload": "{where} {state}: its header declares shape {shape} of {dtype} ({nbytes:,} bytes) but the file "
                   "holds {payload:,} bytes of data",
    "npz.pickled": "{where} holds Python objects (a pickled array). visualnet never unpickles files, because "
                   "unpickling can run any code; save plain numeric arrays instead",
    "npz.single_array": "{path} holds a single array, but a dataset needs X and Y: save them together with "
                        "np.savez(path, X=X, Y=Y)",
    "npz.twice": "{where} holds the array {key!r} twice",
    "npz.version": "{where} uses .npy format {major}.{minor}; visualnet reads formats 1.0 to 3.0",
    # params
    "params.W_chain": "W{l} is {shape}, but W{k} makes n[{k}] = {n_prev}: W[{l}] must be (n[{l}], n[{k}]) = ({n}, "
                      "{n_prev})",
    "params.W_empty": "W{l} has shape {shape}: every layer needs at least one unit",
    "params.W_not_2d": "W{l} must be 2-D, (n[{l}], n[{k}]), got shape {shape}",
    "params.activations": "{where}: 'activations' must name one of {choices} for each of the {L} layers, got {found}",
    "params.activations_dtype": "{path}: 'activations' must be a list of names, got an array of {dtype}",
    "params.b_shape": "b{l} must be (n[{l}], 1) = ({n}, 1), got {shape}",
    "params.dtype": "{key} must hold real numbers, got dtype {dtype}",
    "params.gap": "the parameters need W1..WL and b1..bL with no gap; they have {keys}, missing {missing}",
    "params.not_course": "{path} does not hold the course's parameters: {reason}",
    "params.not_finite": "{key} contains NaN or infinity ({bad} of {size} values)",
    "params.not_rectangular": "{key} is not a rectangular array of numbers",
    "params.unexpected_keys": "unexpected keys {unexpected}; the course's parameters are W1, b1, W2, b2, ..., WL, bL",
    # project
    "project.curve_not_finite": "{where}: {key} in {member} contains NaN or infinity",
    "project.curve_shape": "{where}: {key} in {member} must be a (2, n) array of floats (iterations, values), got "
                           "shape {shape} of {dtype}",
    "project.dataset_both": "{where}, dataset: give either the name of a built-in dataset or the path of a file, "
                            "not both",
    "project.dataset_neither": "{where}, dataset: give either the name of a built-in dataset or the path of a "
                               "file; it gives neither",
    "project.file_option": "{where}, dataset options: {key!r} must be {expected}, got {found}",
    "project.file_options": "{where}, dataset options: a project may not set {unknown}; it may set {accepted}",
    "project.history_count": "{where}: {member} holds {count} curves, but the {runs} runs of {json} have {expected}",
    "project.history_keys": "{where}: {member} does not match the {runs} runs of {json}: it {problem}",
    "project.json_round_trip": "cannot save the project: its view, experiments or dataset options would not read "
                               "back the same; JSON has text keys and lists only (no number keys, no tuples)",
    "project.parameters": "{where}: {member} does not hold the network's parameters: {reason}",
    "project.parameters_architecture": "{where}: {member} holds the parameters of a {sizes} network, but the "
                                       "architecture is {layer_sizes}",
    "project.values_json": "cannot save the project: view, experiments and dataset options must be numbers, text, "
                           "true/false, null, lists or objects",
    # record
    "record.unknown": "unknown experiment record {record}",
    "record.format": "this is not a {kind} record (format {found!r})",
    "record.version": "this {kind} record is version {found}, newer than this visualnet reads ({version}); update "
                      "visualnet",
    # set
    "set.dev": "dev",
    "set.training": "training",
    # shape
    "shape.AL_Y": "AL {AL_shape} and Y {Y_shape} must have the same shape",
    "shape.X_empty": "X has no examples (m = 0)",
    "shape.X_not_2d": "X must be a 2-D array of shape (n_x, m), got {ndim}-D shape {shape}",
    "shape.X_rows": "X has {rows} rows but the input layer has n[0] = {n_x} units; X must be (n_x, m){hint}",
    "shape.X_transposed": " (it looks transposed: X is (n_x, m), one example per column)",
    "shape.Y": "Y must be (n[L], m) = ({n_L}, m) for this output layer, got {shape}",
    "shape.Y_examples": "Y has {m_Y} examples but X has {m}",
    "shape.caches": "backward needs {L} caches, one per layer, got {count}",
    "shape.parameter": "{kind}[{l}] must be {sym} = {shape}, got {found}",
    "shape.parameter_dtype": "{key} must hold real numbers, got dtype {dtype}",
    "shape.parameter_keys": "parameters do not fit this {L}-layer network: missing {missing}, unexpected "
                            "{unexpected}",
    "shape.parameter_not_finite": "{key} contains NaN or infinity",
    # state
    "state.extra_bytes": "has extra bytes",
    "state.truncated": "is truncated",
    # sweep
    "sweep.axes": "a sweep varies one or two hyperparameters, not {count}",
    "sweep.chosen_twice": "{label} is chosen twice; pick two different ones",
    "sweep.full_in_range": "'full' cannot end a range of {label}; list it on its own: 32..256 ×4, full",
    "sweep.needs_hidden_layer": "sweeping {label} needs a hidden layer, and this network has none (L = 1); sweep L "
                                "from 2",
    "sweep.no_values": "no values for {label}",
    "sweep.no_values_example": "no values for {label}: enter a list such as {example}",
    "sweep.not_a_number": "{token!r} is not a number ({label}); write values such as {example}",
    "sweep.not_above": "{label} must be greater than {low:g}, got {value:g}",
    "sweep.not_finite": "{label} must be a finite number, got {token!r}",
    "sweep.not_whole": "{label} must be a whole number, got {token!r}",
    "sweep.range_count": "the range {part!r} has no values: after × write how many values you want, a whole number "
                         "of at least 1 (got {count!r})",
    "sweep.range_holds_too_many": "the range {part!r} holds {count} values; at most {most} can be swept (a count "
                                  "spaces fewer on a log scale: {start}..{end} ×8)",
    "sweep.range_log_zero": "the range {part!r} is spaced on a log scale, so it must start above 0",
    "sweep.range_needs_count": "the range {part!r} needs a count of values, e.g. {start}..{end} ×5 for 5 values "
                               "evenly spaced on a log scale",
    "sweep.range_reversed": "the range {part!r} has no values: it starts above its end (write {end}..{start})",
    "sweep.range_too_many": "the range {part!r} asks for {count} values; at most {most} can be swept",
    "sweep.range_unreadable": "cannot read the range {part!r} for {label}; write it as {example}",
    "sweep.too_high": "{label} must be at most {high:g}, got {value:g}",
    "sweep.too_low": "{label} must be at least {low:g}, got {value:g}",
    "sweep.too_many_values": "{count} values for {label}; at most {most} can be swept",
    "sweep.unknown_choice": "unknown {label} {token!r}; choose from {choices}",
    "sweep.unknown_hyperparameter": "unknown hyperparameter {name!r}; choose from {choices}",
    # visual
    "visual.W": "W[l] must be a 2-D array (n[l], n[l-1]), got shape {shape}",
    "visual.top_shape": "top examples must be (units, k) indices with k ≥ 1, got shape {shape}",
    "visual.W1": "W[1] must be a 2-D array (n[1], n_x), got shape {shape}",
    "visual.X_indices": "X must be (n_x, m) and indices (units, k), got {X_shape} and {indices_shape}",
    "visual.columns": "columns must be a whole number of at least 1, got {columns!r}",
    "visual.curve_X": "a fitted curve needs 1-D points X of shape (1, m), got {shape}",
    "visual.curve_n_x": "a fitted curve needs a network with n_x = 1 input, this one has {n_x}",
    "visual.grid_X": "a decision grid needs 2-D points X of shape (2, m), got {shape}",
    "visual.grid_n_x": "a decision grid needs a network with n_x = 2 inputs, this one has {n_x}",
    "visual.image_shape_dims": "an image shape is (h, w) or (h, w, c), got {shape}",
    "visual.image_shape_pixels": "image shape {shape} holds {pixels} pixels, but there are n_x = {n_x} inputs",
    "visual.k": "k must be a whole number of at least 1, got {k!r}",
    "visual.levels": "levels must be a whole number of at least 1, got {levels!r}",
    "visual.sample_m": "a sample needs at least one example, got m = {m!r}",
    "visual.X_n_x": "X must be (n_x, m) = ({n_x}, m) with m >= 1, got {shape}",
    "visual.layer": "layer must be 1..L = 1..{L}, got {layer!r}",
    "visual.no_tiles": "a mosaic needs at least one tile, got {n}",
    "visual.resolution": "resolution must be a whole number of at least 2, got {resolution!r}",
    # what
    "what.array": "the array {where} of shape {shape} ({dtype})",
    "what.decoding": "decoding {file} ({width} x {height} pixels)",
    "what.examples": "the {m:,} examples of {where} as float64 X",
    "what.idx": "reading {where} (shape {shape}) as float64",
    "what.numbers": "the numbers of {path}",
    "what.one_hot": "the one-hot labels of {path} ({classes:,} classes x {m:,} examples)",
    "what.reading": "reading {where}",
    "what.saving_project": "saving the project",
    "what.unpacking": "unpacking {where}",
    "what.unpacking_network": "unpacking {where} (the parameters' member and their arrays together)",
    "what.unpacking_project": "unpacking {where} (the file, its members and their arrays together)",
    # where
    "where.format": "{where}: {member} of format {version}",
    "where.member": "{member} in {file}",
    # word
    "word.nothing": "nothing",
}
