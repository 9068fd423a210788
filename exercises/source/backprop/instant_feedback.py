"""Instant feedback in the student's notebook: the visible tests name the likely mistake.

This file is copied, with its table filled in, next to each assignment's notebooks
(`source/<assignment>/instant_feedback.py`, written by `python -m nngrade.build`). A visible
test cell calls

    verify("a_W_prime", "A.1", lambda: W_prime)              # a value
    verify_calls("a_collapse_unseen", "A.4", lambda: collapse)  # a function, on public inputs

and raises AssertionError with a plain sentence when the answer is not right yet. No answer is
stored here: the table holds salted fingerprints (hashes of rounded numbers) of the right
answer and of each mistake the answer key names, and the hint that goes with each mistake.
The public inputs of the function questions are here; the hidden ones are not. The grade is
still decided by the hidden tests, outside the student's kernel.
"""

import hashlib
import json

TABLE = {'a_W_prime': {'answers': {'22806db9007521b2': None,
                           '4c97b69f7f027cfc': 'Looks like you multiplied W1·W2; the collapse is '
                                               'W2·W1, because W1 acts on x first and W2 acts on '
                                               'its result.',
                           'bcbdeb5029347148': 'W_prime is the transpose of the collapsed matrix: '
                                               'row i of W2·W1 is row i of W2 times W1.',
                           'd06a9bdeb3936498': 'Looks like an elementwise product (W2 * W1); the '
                                               'collapse needs the matrix product W2 @ W1.'},
               'kind': 'many',
               'notebook': 'part_a_collapse',
               'otherwise': 'W_prime is not W2·W1. Multiply row by column: W_prime[i][j] = sum '
                            'over k of W2[i][k]·W1[k][j].',
               'salt': 'backprop/a_W_prime'},
 'a_b_prime': {'answers': {'310cede5f7c3baa7': "The layers are in the wrong order: b' = W2·b1 + "
                                               'b2.',
                           '8b26a185416d1ff4': 'b1 + b2 forgets that b1 is multiplied by W2 on its '
                                               "way out: b' = W2·b1 + b2.",
                           '93155a3d2cc8f117': 'Forgot the W2·b1 term: the first bias also passes '
                                               "through the second layer, so b' = W2·b1 + b2.",
                           '938c925cb426a3e6': "Forgot the bias b2: b' = W2·b1 + b2, and this is "
                                               'W2·b1 alone.',
                           'deda1c3c98894449': None},
               'kind': 'many',
               'notebook': 'part_a_collapse',
               'otherwise': 'b_prime is not W2·b1 + b2.',
               'salt': 'backprop/a_b_prime'},
 'a_collapse_seed': {'answers': [[{'19d558ed45d0e63e': 'W is not W2 @ W1.',
                                   '47e9e51a581831c8': 'collapse returned (b, W); return the '
                                                       'weights first: `return W, b`.',
                                   '92368c3283c45ffb': None,
                                   'b9832502889dac72': 'W is not W2 @ W1.',
                                   'f5aa67098ef90563': 'Looks like you multiplied W1·W2; the '
                                                       'collapse is W2·W1, because W1 acts on x '
                                                       'first and W2 acts on its result.'},
                                  {'47e9e51a581831c8': None,
                                   '88b5e4fd698d63ca': 'Forgot the W2 @ b1 term: b = W2 @ b1 + b2.',
                                   '92368c3283c45ffb': 'collapse returned (b, W); return the '
                                                       'weights first: `return W, b`.',
                                   'db513bc84ee3fb46': 'Forgot the bias b2: b = W2 @ b1 + b2.'}]],
                     'cases': [[[[1.0, 2.0], [0.0, -1.0]],
                                [0.0, 1.0],
                                [[2.0, 1.0], [-1.0, 0.0]],
                                [0.0, -1.0]]],
                     'function': 'collapse',
                     'mode': 'arrays',
                     'notebook': 'part_a_collapse',
                     'otherwise': '`collapse` is not right yet on the public inputs.',
                     'parts': [[0, 1], [1, 2]],
                     'salt': 'backprop/a_collapse_seed'},
 'a_collapse_unseen': {'answers': [[{'038dda72fff0fe83': 'W has shape (D, K): it is transposed. '
                                                         'With W of shape (out, in), W = W2 @ W1 '
                                                         'is (K, D).',
                                     '131be2461052409c': 'collapse raised ValueError on non-square '
                                                         'matrices. Looks like you multiplied '
                                                         'W1·W2; the collapse is W2·W1, because W1 '
                                                         'acts on x first and W2 acts on its '
                                                         'result. (W2 is K×H and W1 is H×D, so W2 '
                                                         '@ W1 is K×D.)',
                                     '3d6f1177a5184fab': None,
                                     '8e58a6d4795ec3aa': 'collapse returned (b, W); return the '
                                                         'weights first: `return W, b`.'},
                                    {'131be2461052409c': 'collapse raised ValueError on non-square '
                                                         'matrices. Looks like you multiplied '
                                                         'W1·W2; the collapse is W2·W1, because W1 '
                                                         'acts on x first and W2 acts on its '
                                                         'result. (W2 is K×H and W1 is H×D, so W2 '
                                                         '@ W1 is K×D.)',
                                     '3d6f1177a5184fab': 'collapse returned (b, W); return the '
                                                         'weights first: `return W, b`.',
                                     '5751a363396e4808': 'Forgot the W2 @ b1 term: b = W2 @ b1 + '
                                                         'b2.',
                                     '8e58a6d4795ec3aa': None,
                                     'cb12bdae228bf840': 'Forgot the bias b2: b = W2 @ b1 + b2.'}]],
                       'cases': [[[[1.0, 0.0], [2.0, 1.0], [0.0, -1.0]],
                                  [1.0, 0.0, -1.0],
                                  [[1.0, 1.0, 0.0],
                                   [0.0, 1.0, 2.0],
                                   [1.0, 0.0, 1.0],
                                   [2.0, -1.0, 0.0]],
                                  [0.0, 1.0, -1.0, 2.0]]],
                       'function': 'collapse',
                       'mode': 'arrays',
                       'notebook': 'part_a_collapse',
                       'otherwise': '`collapse` is not right yet on the public inputs.',
                       'parts': [[0, 1], [1, 2]],
                       'salt': 'backprop/a_collapse_unseen'},
 'a_y_collapsed': {'answers': {'05bd4b922932b7ed': "Used b2 as the collapsed bias; b' = W2·b1 + "
                                                   'b2.',
                               '64c4d6044169be54': 'Looks like you multiplied W1·W2; the collapse '
                                                   'is W2·W1, because W1 acts on x first and W2 '
                                                   'acts on its result.',
                               '6ffdbc5c153d4d5f': None,
                               'bf671898907b424f': "Forgot the collapsed bias: y = W'·x + b'."},
                   'kind': 'many',
                   'notebook': 'part_a_collapse',
                   'otherwise': "y_collapsed is not W'·x + b'. It must equal the two-layer output "
                                'exactly.',
                   'salt': 'backprop/a_y_collapsed'},
 'a_y_relu': {'answers': {'54454efafa4e9534': 'This is the output without ReLU: apply ReLU to the '
                                              'hidden vector W1·x + b1 before the second layer.',
                          '8570f1ff077c664e': 'Looks like ReLU was applied to the output; it '
                                              'belongs between the layers, on h = W1·x + b1.',
                          'ae2db4ab1497a776': 'ReLU went on the output as well; only the hidden '
                                              'layer gets it here.',
                          'dda808c04e8e902a': None},
              'kind': 'many',
              'notebook': 'part_a_collapse',
              'otherwise': 'y_relu is not W2·ReLU(W1·x + b1) + b2.',
              'salt': 'backprop/a_y_relu'},
 'a_y_two_layer': {'answers': {'072377d9ff8b0f9f': 'The layers ran in the wrong order: W1 acts on '
                                                   'x first.',
                               '0bc2596f3a91fe93': 'Forgot the bias b2 of the second layer: y = '
                                                   'W2·h + b2.',
                               '3383591ad6bb909a': 'This part has no ReLU: apply W1, add b1, then '
                                                   'W2, add b2.',
                               '43c6d398ce86f3a1': 'Forgot the bias b1 of the first layer: h = '
                                                   'W1·x + b1.',
                               '8159b2f64ec242c9': None,
                               'db8259840799150b': 'Looks like ReLU was applied to the output; '
                                                   'Part A (2) has no ReLU at all.'},
                   'kind': 'many',
                   'notebook': 'part_a_collapse',
                   'otherwise': 'y_two_layer is not W2·(W1·x + b1) + b2.',
                   'salt': 'backprop/a_y_two_layer'},
 'b_dfdx': {'answers': {'4bed74d53d2e61d2': None,
                        '4e105aac642e7466': "Missed the upstream factor: the adder's local "
                                            'gradient is 1, and the chain rule multiplies it by '
                                            'the upstream gradient df/dq = z.',
                        '6b510edfbc7acbb3': 'Sign error: every quantity on this path is positive.',
                        '6ce64cdb293c9e61': 'Used an input of the adder; the multiply gate sends '
                                            'each input the other input times the upstream '
                                            'gradient.',
                        'da25cf08aa38b4c9': 'q · z is f itself, not a gradient: the multiply gate '
                                            'sends each input the other input times the upstream '
                                            'gradient (here 1).'},
            'kind': 'one',
            'notebook': 'part_b_circuit',
            'otherwise': 'dfdx is not right: run the backward pass gate by gate from df/df = 1.',
            'salt': 'backprop/b_dfdx'},
 'b_dfdy': {'answers': {'2548412e2b4c695e': 'q · z is f itself, not a gradient: the multiply gate '
                                            'sends each input the other input times the upstream '
                                            'gradient (here 1).',
                        '5298ad5b883e6dbb': 'Used an input of the adder; the multiply gate sends '
                                            'each input the other input times the upstream '
                                            'gradient.',
                        '603b8f63a54c3147': "Missed the upstream factor: the adder's local "
                                            'gradient is 1, and the chain rule multiplies it by '
                                            'the upstream gradient df/dq = z.',
                        '6ec3558e4580c1ae': 'Sign error: every quantity on this path is positive.',
                        'dab1d126a87d4af4': None},
            'kind': 'one',
            'notebook': 'part_b_circuit',
            'otherwise': 'dfdy is not right: run the backward pass gate by gate from df/df = 1.',
            'salt': 'backprop/b_dfdy'},
 'b_dfdz': {'answers': {'1dee748c5b3656a8': 'df/dz is the other input of the multiply gate, q.',
                        '4f0e46c4e963632a': 'q · z is f itself, not a gradient: the multiply gate '
                                            'sends each input the other input times the upstream '
                                            'gradient (here 1).',
                        '8ba5be422ec93315': 'Sign error: every quantity on this path is positive.',
                        'a6b4bf9950dc6429': None},
            'kind': 'one',
            'notebook': 'part_b_circuit',
            'otherwise': 'dfdz is not right: run the backward pass gate by gate from df/df = 1.',
            'salt': 'backprop/b_dfdz'},
 'b_f': {'answers': {'09f936e37c728778': None,
                     '54c924af19503166': "You gave q for f: f is the multiplier's output, f = q · "
                                         'z.',
                     'a15c368a298238c2': 'Sign error: f = (x + y) · z is positive at (3, -1, 2).'},
         'kind': 'one',
         'notebook': 'part_b_circuit',
         'otherwise': 'f = (x + y) · z.',
         'salt': 'backprop/b_f'},
 'b_finite_difference': {'answers': {'1beeb6110d139acc': None,
                                     '22c15029a3de0168': 'Sign error: the slope is (f(x + h) - '
                                                         'f(x)) / h.',
                                     '9144f8cb1c513b73': 'This is the change in f; divide it by '
                                                         'the step h = 0.01 to get a slope.',
                                     '9511256ed062b901': 'This is f(3.01, -1, 2) itself; the slope '
                                                         'is (f(x + h) - f(x)) / h.'},
                         'kind': 'one',
                         'notebook': 'part_b_circuit',
                         'otherwise': 'fd_dfdx should be (f(3.01, -1, 2) - f(3, -1, 2)) / 0.01.',
                         'salt': 'backprop/b_finite_difference'},
 'b_fn_backward': {'answers': [[{'0f32316cd3735dc1': None,
                                 '595c05f952977fa3': "Missed the upstream factor: the adder's "
                                                     'local gradient is 1, and the chain rule '
                                                     'multiplies it by the upstream gradient df/dq '
                                                     '= z.',
                                 'c5f8264bffdd733c': 'df/dz = q · z is f itself; the multiply gate '
                                                     'sends z the other input, q, times the '
                                                     'upstream gradient 1.'}],
                               [{'5a6fa701ed34c6dd': 'df/dz = q · z is f itself; the multiply gate '
                                                     'sends z the other input, q, times the '
                                                     'upstream gradient 1.',
                                 '711c5ffe8949532e': None,
                                 '72eca06401327c9b': 'Swapped local gradients of the multiply '
                                                     'gate: df/dq = z and df/dz = q.',
                                 'c24acdbb44a9f2ba': 'df/dz is the other input of the multiply '
                                                     'gate, q = x + y, not z.',
                                 'ee1dea3f53800845': "Missed the upstream factor: the adder's "
                                                     'local gradient is 1, and the chain rule '
                                                     'multiplies it by the upstream gradient df/dq '
                                                     '= z.'}]],
                   'cases': [[3.0, -1.0, 2.0], [2.0, 1.0, -1.5]],
                   'function': 'circuit_forward_backward',
                   'mode': 'numbers',
                   'notebook': 'part_b_circuit',
                   'otherwise': '`circuit_forward_backward` is not right yet on the public inputs.',
                   'parts': [[2, 3]],
                   'salt': 'backprop/b_fn_backward'},
 'b_fn_forward': {'answers': [[{'4863ddadc7b7fa5f': None,
                                '5f471e62276d6493': 'q given for f: the function returned f first. '
                                                    'Return q, f, grads.',
                                'bf3d8a60f186d25f': 'q given for f: f = q · z.'}],
                              [{'1d2682124a96d797': None,
                                '4f946264746d58ec': 'q given for f: f = q · z.',
                                '4fb278ef81cf066d': 'f is a product: f = (x + y) · z, not a sum.',
                                '5d6423efe04d84de': 'q given for f: the function returned f first. '
                                                    'Return q, f, grads.'}]],
                  'cases': [[3.0, -1.0, 2.0], [2.0, 1.0, -1.5]],
                  'function': 'circuit_forward_backward',
                  'mode': 'numbers',
                  'notebook': 'part_b_circuit',
                  'otherwise': '`circuit_forward_backward` is not right yet on the public inputs.',
                  'parts': [[0, 2]],
                  'salt': 'backprop/b_fn_forward'},
 'b_q': {'answers': {'3af581a129cbebc8': 'Sign error: q = x + y = 3 + (-1).',
                     '96c51ffc4502d9f9': '4 is x - y (a sign error: y = -1 is negative) and also '
                                         "f; q is the adder's output, q = x + y.",
                     'fa2b2eceaa5338ce': None},
         'kind': 'one',
         'notebook': 'part_b_circuit',
         'otherwise': 'q is the output of the adder: q = x + y.',
         'salt': 'backprop/b_q'},
 'c_kink_fn': {'answers': [[{'07daa46cbf9e6741': 'Forgot to divide by w: w·x + b = 0 gives x = -b '
                                                 '/ w.',
                             '4d52a73a8c22eb9a': 'Sign error: solve w·x + b = 0, which gives x = '
                                                 '-b / w.',
                             '97463c17b3a04dca': 'Upside down: x = -b / w.',
                             'ccae4c03b21dc81a': None}],
                           [{'67e4c8290a107dab': 'Upside down: x = -b / w.',
                             '786ea6b8369d6528': 'Sign error: solve w·x + b = 0, which gives x = '
                                                 '-b / w.',
                             'f9245dd8ac4c958d': None}]],
               'cases': [[2.0, 1.0], [-1.0, 3.0]],
               'function': 'kink_position',
               'mode': 'numbers',
               'notebook': 'part_c_reasoning',
               'otherwise': '`kink_position` is not right yet on the public inputs.',
               'parts': [None],
               'salt': 'backprop/c_kink_fn'},
 'c_kink_value': {'answers': {'0e7d870e75a85785': 'Upside down: x = -b / w, not w / b.',
                              '3e2c4f9153506f95': None,
                              '61873fbb23357eeb': 'That is the bias; the kink sits where w·x + b '
                                                  'crosses zero.',
                              'ef03031627a2376a': 'Sign error: the kink is where w·x + b = 0, so x '
                                                  '= -b / w = 3 / 2.'},
                  'kind': 'one',
                  'notebook': 'part_c_reasoning',
                  'otherwise': 'The kink of ReLU(w·x + b) is where w·x + b = 0.',
                  'salt': 'backprop/c_kink_value'},
 'card1_collapse': {'answers': {'1bb450ad1564afc9': 'Without a non-linearity the stack is exactly '
                                                    'one linear layer.',
                                '425813069c117890': 'Weights of stacked layers multiply; they do '
                                                    'not add.',
                                '79f8c26caa794365': 'Looks like you multiplied W1·W2; the collapse '
                                                    'is W2·W1, because W1 acts on x first and W2 '
                                                    'acts on its result. The bias also goes '
                                                    'through W2.',
                                '7b48b2a69ceb141e': None},
                    'kind': 'text',
                    'notebook': 'flashcards',
                    'otherwise': 'This is not right yet.',
                    'salt': 'backprop/card1_collapse'},
 'card2_relu': {'answers': [[{'32bcb2baf062f185': None,
                              '8b72e8b201f60001': 'relu sets negative entries to 0; abs(z) flips '
                                                  'them instead.',
                              'bd35a704dcd2afc1': 'relu changed its input array in place; return a '
                                                  'new array (np.maximum(0, z)).',
                              'f658fb97f15273ed': 'relu keeps the positive part: max(0, z), not '
                                                  'min(0, z).'}],
                            [{'02fa47556037c372': 'relu sets negative entries to 0; abs(z) flips '
                                                  'them instead.',
                              '2045f7497f4c79ea': 'relu keeps the positive part: max(0, z), not '
                                                  'min(0, z).',
                              '42e95c37a1f07602': 'relu changed its input array in place; return a '
                                                  'new array (np.maximum(0, z)).',
                              '602af86fdaf09e84': None}]],
                'cases': [[[-1.0, 0.0, 2.0]], [[[1.5, -2.0], [-0.5, 3.0]]]],
                'function': 'relu',
                'mode': 'keep_input',
                'notebook': 'flashcards',
                'otherwise': '`relu` is not right yet on the public inputs.',
                'parts': [None],
                'salt': 'backprop/card2_relu'},
 'card3_hidden_features': {'answers': {'015865171a58626e': '3072 is the raw pixel count D; the '
                                                           'final layer reads the H hidden '
                                                           'features instead.',
                                       '432fec440e48d4de': None,
                                       'a9a2b2018add89fc': '10 is the number of class scores K it '
                                                           'produces; it reads the H hidden '
                                                           'features.'},
                           'kind': 'one',
                           'notebook': 'flashcards',
                           'otherwise': 'The final classifier reads the hidden vector h, which has '
                                        'H numbers.',
                           'salt': 'backprop/card3_hidden_features'},
 'card4_hand_features': {'answers': {'036185fd688b7dcd': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '0da0f9c89456b4e0': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '118eb39c61bc2544': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '13f6419b6ce7f364': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '1607b59034ecba21': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '1f6c9d732df46676': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '24e70483ce7e9350': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '294b0561c6687345': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '4024b9ca693e7c00': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '4952570753a3e8c4': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '4bbceb6f4dc31384': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '500ef725e855f765': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '593be6632d346c49': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '5a5300a0451253b2': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '67931a9ff059b15d': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '76b9e3a82c710225': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '77c6edcc9514ee49': None,
                                     '78df23efe9aa9fc7': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '803f0bfa642d9bce': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     '80edb8f72012818b': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '87785bb53d55f12a': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     '8886a1089390fb22': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     '99711dd75b075b0f': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'a8d46ea7f1184bb3': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     'af44535248a9aa39': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'b12b1ba05d626d46': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'b5b2b9f41049080e': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     'c5c6ca2b1f7a6ce3': 'The hidden units of a trained network '
                                                         'are learned features.',
                                     'd6ef666db2ee804d': 'SIFT, HOG and colour histograms were all '
                                                         'designed by hand before 2012.',
                                     'f6a726dd66156993': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'f7d47e33cbd06c37': "AlexNet's first-layer filters were "
                                                         'learned from data, not designed by hand.',
                                     'fb82858a701a6cdf': 'The hidden units of a trained network '
                                                         'are learned features.'},
                         'kind': 'many',
                         'notebook': 'flashcards',
                         'otherwise': 'This is not right yet.',
                         'salt': 'backprop/card4_hand_features'},
 'card5_backprop': {'answers': {'1b06e1cb33093f7f': 'Finite differences are the numerical method '
                                                    'backprop replaced.',
                                '1b1e7c72e40b455b': 'Backprop needs one backward pass in total, '
                                                    'not one per weight.',
                                '326affb59290443f': 'Backprop computes gradients; the update W ← W '
                                                    '- α∇L is the separate step.',
                                '8a263b7969fa66f0': None},
                    'kind': 'text',
                    'notebook': 'flashcards',
                    'otherwise': 'This is not right yet.',
                    'salt': 'backprop/card5_backprop'},
 'card6_gate': {'answers': {'078e0b9fe9e7495e': 'Sign error: da = upstream · b = 5 · (-2).',
                            '243f8be17dde2bb7': 'Missed the upstream factor: multiply each local '
                                                'gradient by the upstream 5.',
                            '39ddf59e35400dff': 'Swapped: a multiply gate sends each input the '
                                                'OTHER input times upstream.',
                            '79541daf167ab8ab': None,
                            '83d1ab0e9dab9153': 'That is the add-gate pattern; a multiply gate '
                                                'scales by the other input.'},
                'kind': 'many',
                'notebook': 'flashcards',
                'otherwise': 'For a multiply gate: da = upstream · b and db = upstream · a.',
                'salt': 'backprop/card6_gate'},
 'card7_costs': {'answers': {'06257b3d5cb382a9': 'Backprop does not scale with the number of '
                                                 'weights: one forward and one backward pass.',
                             '08e8a66da3cea12d': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '0c224b8efe0eee9b': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '309f7a27295390f3': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '56dd4bd67f0e6b7d': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '5c1ec4535d4c8434': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '81e53d5f7ddfa926': 'Backprop does not scale with the number of '
                                                 'weights: one forward and one backward pass.',
                             '868891bab878a64d': None,
                             '8ee610178ca0032c': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             '912bf17f186daeac': 'Backprop costs one forward plus one backward '
                                                 'pass: 2 passes.',
                             'b8ecec6ba71e7fd1': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.',
                             'b9581fa4ae3659fe': 'Finite differences need one forward pass per '
                                                 'weight, so about a million here.'},
                 'kind': 'many',
                 'notebook': 'flashcards',
                 'otherwise': 'This is not right yet.',
                 'salt': 'backprop/card7_costs'},
 'card8_loop': {'answers': {'026033eb7f099324': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '2708e1650be12d6b': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '284e4652cd8b719a': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '28fcaa7890036abd': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '40272862046bf8fb': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '48b2527e6ea1e654': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '54ace6340c81917f': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            '58637fd1dba8f864': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '5fbd79ddee04a715': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '76e0b0c1bdf29737': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            '84521b296a5bb510': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            '84aca47caf71cc7f': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'a2efd1110f6c2c2f': 'The loop starts with the forward pass that '
                                                'produces the scores.',
                            'af65b9e71914eadc': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'b5fb13596a466ec7': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'bbcb2e90c5b989e7': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'c32064f6cd404412': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'cd46f20c6318190e': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'd8df00ff2481948a': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'dcbc16d819e58eca': 'The step uses the gradients, so it comes after '
                                                'the backward pass.',
                            'e7ed508a89ca7304': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'e8254d8cbcb8e54b': None,
                            'fc0970ef5a4e7552': 'The backward pass starts from the loss, so the '
                                                'loss comes before it.',
                            'fe17c2e26839503b': 'The step uses the gradients, so it comes after '
                                                'the backward pass.'},
                'kind': 'many',
                'notebook': 'flashcards',
                'otherwise': 'This is not right yet.',
                'salt': 'backprop/card8_loop'},
 'card9_deep': {'answers': {'48c654e4b6741b59': 'Training time does not make a network deep; its '
                                                'stacked layers do.',
                            '79097c3ec58f5e79': None,
                            'c3420553e3f9eaf1': 'Depth is about composition, not about how many '
                                                'units one layer has.',
                            'c6b71577f8a77bf9': 'Each layer is plain: linear then non-linear. The '
                                                'power comes from stacking.'},
                'kind': 'text',
                'notebook': 'flashcards',
                'otherwise': 'This is not right yet.',
                'salt': 'backprop/card9_deep'}}  # filled in by nngrade.build: {grade_id: entry}, see `entry` in nngrade.instant
DIGITS = 6  # significant digits kept before hashing


class Raised:
    """What a call that raised leaves behind: only the exception's type name."""

    def __init__(self, exc):
        self.name = type(exc).__name__


def canonical(value):
    """The answer as JSON-ready plain data: numbers rounded to DIGITS significant digits, text
    normalised ("(B) " -> "b"), sets sorted; the container types (list, tuple, array) are not
    kept, the visible asserts check them."""
    if isinstance(value, Raised):
        return "raised " + value.name
    if value is None:
        return "None"
    if isinstance(value, str):
        return "text " + value.strip().lower().strip("()").strip()
    if hasattr(value, "tolist") and hasattr(value, "dtype"):
        value = value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=json.dumps)
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, bool):
        return "bool " + str(value)
    try:
        number = float(value) + 0.0  # + 0.0 turns -0.0 into 0.0
    except (TypeError, ValueError, OverflowError):
        return "other " + type(value).__name__
    text = format(number, f".{DIGITS}g")
    return "0" if text in ("-0", "0") else text


def fingerprint(value, salt: str) -> str:
    """A salted hash of the canonical answer (16 hex digits)."""
    data = json.dumps(canonical(value), separators=(",", ":"))
    return hashlib.sha256((salt + "|" + data).encode()).hexdigest()[:16]


def _kind(value) -> str:
    data = canonical(value)
    if isinstance(data, list):
        return "many"
    return "text" if data.startswith("text ") else "one"


def _unanswered(section: str, what: str) -> AssertionError:
    return AssertionError(
        f"{section} is not answered yet: {what}. Write your answer in the "
        f"cell under {section} (in place of `raise NotImplementedError()`) "
        "and run it."
    )


def _lookup(entry: dict, table: dict, value, salt: str):
    found = table.get(fingerprint(value, salt), "?")
    if found == "?":
        raise AssertionError(entry["otherwise"])
    if found is not None:
        raise AssertionError(found)


def verify(grade_id: str, section: str, get_answer) -> None:
    """Check one answer (`get_answer()` gives it) against the fingerprints of `grade_id`."""
    entry = TABLE[grade_id]
    try:
        value = get_answer()
    except NameError as exc:
        name = str(exc).split("'")[1] if "'" in str(exc) else "a name it needs"
        raise _unanswered(section, f"`{name}` is not defined") from None
    if _kind(value) != entry["kind"]:
        return  # the wrong type of answer: the visible asserts below say what is wanted
    _lookup(entry, entry["answers"], value, entry["salt"])


def _arguments(case, mode):
    if mode == "arrays":
        import numpy as np

        return [np.array(a, dtype=float) for a in case]
    return [float(a) for a in case]


def call_on(function, case, mode):
    """Call the student's function on one public case, the way the grader does."""
    try:
        if mode == "keep_input":  # the result, and the input as it is after the call
            import numpy as np

            z = np.array(case[0], dtype=float)
            return (function(z), z.tolist())
        return function(*_arguments(case, mode))
    except Exception as exc:  # noqa: BLE001 - the error is the answer being checked
        return Raised(exc)


def part_of(result, part):
    """The slice `part` = [start, stop] of a returned tuple (each part is judged on its own, so
    two mistakes in one function are both found); the whole result when `part` is None."""
    if part is None or isinstance(result, Raised):
        return result
    try:
        return list(result)[part[0] : part[1]]
    except TypeError:
        return result


def verify_calls(grade_id: str, section: str, get_function) -> None:
    """Call the student's function on the public inputs of `grade_id` and check each result."""
    entry = TABLE[grade_id]
    try:
        function = get_function()
    except NameError as exc:
        name = str(exc).split("'")[1] if "'" in str(exc) else "the function"
        raise _unanswered(section, f"`{name}` is not defined") from None
    for case, tables in zip(entry["cases"], entry["answers"]):
        result = call_on(function, case, entry["mode"])
        if isinstance(result, Raised) and result.name == "NotImplementedError":
            raise _unanswered(
                section, f"`{entry['function']}` still raises NotImplementedError"
            ) from None
        for part, table in zip(entry["parts"], tables):
            value = part_of(result, part)
            if fingerprint(value, entry["salt"]) not in table and isinstance(result, Raised):
                raise AssertionError(
                    f"`{entry['function']}` raised {result.name} when called "
                    f"on {case}: run it on these inputs yourself to see why."
                )
            _lookup(entry, table, value, entry["salt"])
